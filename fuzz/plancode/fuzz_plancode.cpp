// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the plan code decoder: whatever a camera, a link or a paste hands the app must give a plan
// or an error, never a crash, a hang or a large allocation. The first byte picks how deep the input goes:
//   0: the input as text (codes, links, anything pasted)
//   1: the input as the envelope's bytes behind "WP1:" and Base45 (COSE_Sign1 or a byte string)
//   2: the input as the plan's CBOR, compressed and wrapped as an unsigned code (past zlib's checksum)
// Seeds in corpus/ are of all three kinds; the signed ones verify with the key below.
#include "base45.h"
#include "plancode.h"

#include <QByteArray>
#include <QCborValue>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace {
const PlanCode::Context &context()
{
    static const PlanCode::Context c = [] {
        PlanCode::Context ctx;
        ctx.region = QStringLiteral("bern");
        ctx.contentVersion = 1;
        ctx.stepIds = { QStringLiteral("registration"), QStringLiteral("health-insurance"),
            QStringLiteral("school-enrolment"), QStringLiteral("deutschbon") };
        ctx.pointKeys.insert(
            QStringLiteral("fmr-bern"), { PlanKey::fromSeed(QByteArray(PlanKey::seedBytes, '\x2a'))->publicKey });
        return ctx;
    }();
    return c;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 16384) {
        return 0;
    }
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    QString input;
    switch (data[0] % 3) {
    case 0:
        input = QString::fromUtf8(rest);
        break;
    case 1:
        input = QStringLiteral("WP1:") + Base45::encode(rest);
        break;
    default:
        input = QStringLiteral("WP1:") + Base45::encode(QCborValue(qCompress(rest, 1).mid(4)).toCbor());
    }
    const auto d = PlanCode::decode(input, context());
    // What a decoded plan promises: known steps only, a clean note within the limit, a sender only when verified.
    if (d.ok()) {
        for (const auto &s : d.plan.steps) {
            if (!context().stepIds.contains(s.id)) {
                __builtin_trap();
            }
        }
        if (PlanCode::cleanNote(d.plan.note) != d.plan.note || d.plan.note.size() > 2 * PlanCode::maxNoteLength) {
            __builtin_trap();
        }
        if (!d.verifiedPoint.isEmpty() && d.verification != PlanCode::Verification::Verified) {
            __builtin_trap();
        }
    }
    return 0;
}
