// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Names of spoken languages for people to read: content lists offers' languages as ISO 639 codes ("ti"), the app
 * shows "Tigrinya (ትግርኛ)" in the reader's language, never the code.
 */
namespace LanguageNames {

/**
 * The name of language @p code in the app's current language; a language written in another script than Latin
 * gets its own name after it, so that its speakers find it whatever language the app is in.
 */
QString name(const QString &code);

/** name() of each code, in the given order. */
QStringList names(const QStringList &codes);

} // namespace LanguageNames
