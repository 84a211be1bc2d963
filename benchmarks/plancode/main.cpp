// SPDX-License-Identifier: GPL-3.0-or-later
// Plan code sizes for the README: for 3, 10 and 20 real step ids, the code's length and the QR version it needs at
// error correction M, signed and unsigned, with a 140-character note. Usage: bench-plancode [CONTENT_DIR]
#include "base45.h"
#include "contentsource.h"
#include "plancode.h"
#include "planqr.h"

#include <QCborArray>
#include <QCborValue>
#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>

namespace {
// 140 characters of the kind a counsellor writes, umlauts included.
const QString note = QStringLiteral(
    "Bitte bringen Sie zum nächsten Termin Ihren Pass, den Mietvertrag und die Police der Krankenkasse mit. Vielen "
    "Dank, bis bald und alles Gute!");

// The same signed plan in the EU DCC's layering: the plan uncompressed inside COSE_Sign1, and the whole envelope
// deflated. The signature bytes are reused: any 64 signature bytes cost the same.
QString dccLayering(const QString &code)
{
    const auto cose = QCborValue::fromCbor(*Base45::decode(QStringView(code).mid(4))).taggedValue().toArray();
    const QByteArray sizeHint("\0\0\x40\0", 4); // qUncompress's length prefix: 16 KiB, more than any plan
    const auto plan = qUncompress(sizeHint + cose.at(2).toByteArray());
    const QCborArray dcc { cose.at(0), cose.at(1), plan, cose.at(3) };
    return QStringLiteral("WP1:") + Base45::encode(qCompress(QCborValue(QCborTag(18), dcc).toCbor(), 9).mid(4));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto dir = app.arguments().value(1, QStringLiteral(WELCOME_CONTENT_DIR));
    QList<Diagnostic> diags;
    const auto source = ContentSource::load(dir, diags);
    QStringList inOrder;
    for (const auto &s : source.steps) {
        inOrder.push_back(s.id);
    }
    if (inOrder.size() < 20 || note.size() != 140) {
        QTextStream(stderr) << "need at least 20 steps in " << dir << " (found " << inOrder.size() << ")\n";
        return 1;
    }
    auto longest = inOrder;
    std::stable_sort(
        longest.begin(), longest.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // A fixed key: Ed25519 signatures are deterministic, so every run prints the same figures.
    const auto key = *PlanKey::fromSeed(QByteArray(PlanKey::seedBytes, '\x2a'));

    QTextStream out(stdout);
    out << "Content: " << dir << " (" << inOrder.size() << " steps). Note: 140 characters. Issued 2026-11-02; "
        << "\"due\" rows give every step a due date.\n\n";
    out << "| steps | which ids | due dates | signed | code characters | QR version (M) | deflate after signing (EU "
           "DCC "
           "layering): characters, version |\n";
    out << "|---:|---|---|---|---:|---:|---|\n";
    for (const int n : { 3, 10, 20 }) {
        for (const bool worst : { false, true }) {
            for (const bool due : { false, true }) {
                for (const bool sign : { false, true }) {
                    if (due && !worst) {
                        continue;
                    }
                    PlanCode::Plan plan;
                    plan.region = source.site.region;
                    plan.contentVersion = source.site.version;
                    plan.issued = QDate(2026, 11, 2);
                    plan.person = PlanCode::Person::Child;
                    plan.minAge = 6;
                    plan.maxAge = 11;
                    plan.note = note;
                    plan.point = QStringLiteral("fachstelle-integration-biel");
                    plan.language = QStringLiteral("ar");
                    for (const auto &id : (worst ? longest : inOrder).mid(0, n)) {
                        plan.steps.push_back(
                            { id, due ? plan.issued.addDays(30 + 7 * int(plan.steps.size())) : QDate() });
                    }
                    const auto code = PlanCode::encode(plan, sign ? key : PlanKey::KeyPair {});
                    if (!code.ok()) {
                        QTextStream(stderr) << code.detail << '\n';
                        return 1;
                    }
                    const auto symbol = PlanQr::encode(code.code, 1);
                    out << "| " << n << " | " << (worst ? "longest" : "first in content") << " | "
                        << (due ? "every step" : "none") << " | " << (sign ? "yes" : "no") << " | " << code.code.size()
                        << " | " << symbol.version << " | ";
                    if (sign) {
                        const auto dcc = dccLayering(code.code);
                        out << dcc.size() << ", " << PlanQr::encode(dcc, 1).version;
                    }
                    out << " |\n";
                }
            }
        }
    }
    return 0;
}
