// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

/**
 * welcome-content's plan code commands: recommend makes a code (and its links and QR image) from published steps,
 * decode shows what a code, a link or a QR image holds, keygen --plan makes a counselling point's signing key.
 * They run the app's own plan code, so what they print is what a phone reads.
 */
namespace PlanCommands {

/** @p args after "recommend"; @p now is the date issued. Returns the exit code; 2 asks for the usage text. */
int recommend(const QStringList &args, const QDateTime &now);
/** @p args after "decode". */
int decode(const QStringList &args);
/** Writes DIR/plan-signing.key (owner-only) and DIR/plan-signing.pub; prints the public key. */
int keygen(const QString &dir);

} // namespace PlanCommands
