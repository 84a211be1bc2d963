// SPDX-License-Identifier: GPL-3.0-or-later
// Plan codes: Base45, the round trip through code, links and QR images, every kind of bad input, and signatures
// checked against keys listed in real content.db files built from the Bern content.
#include "base45.h"
#include "contentpackager.h"
#include "contentstore.h"
#include "contentwriter.h"
#include "plancode.h"
#include "planqr.h"
#include "testcontent.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using PlanCode::Error;
using PlanCode::Verification;

namespace {
QString bernContent()
{
    return QStringLiteral(WELCOME_SOURCE_DIR "/content/bern");
}

PlanKey::KeyPair keyFrom(char seed)
{
    return *PlanKey::fromSeed(QByteArray(PlanKey::seedBytes, seed));
}

QString b64(const PlanKey::KeyPair &k)
{
    return QString::fromLatin1(k.publicKey.toBase64());
}

// The bytes of a code after its prefix, and back: for codes changed on the way.
QByteArray bytesOf(const QString &code)
{
    return Base45::decode(QStringView(code).mid(4)).value_or(QByteArray());
}
QString codeOf(const QByteArray &bytes)
{
    return QStringLiteral("WP1:") + Base45::encode(bytes);
}

// zlib data as the format has it: qCompress's output without its four-byte length prefix.
QByteArray zlib(const QByteArray &data)
{
    return qCompress(data, 9).mid(4);
}

// A code around any CBOR value, for plans this app's encoder would never make.
QString craft(const QCborValue &plan)
{
    return codeOf(QCborValue(zlib(plan.toCbor())).toCbor());
}

QCborMap validPlanMap()
{
    return QCborMap { { 1, QStringLiteral("bern") }, { 2, 1 }, { 3, 0 },
        { 4, QCborArray { QStringLiteral("registration") } }, { 7, 20'000 } };
}
} // namespace

class TestPlanCode : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PlanKey::KeyPair m_k1 = keyFrom('\x01'); // fmr-bern, removed by the update
    PlanKey::KeyPair m_k2 = keyFrom('\x02'); // fmr-bern, kept
    PlanKey::KeyPair m_k3 = keyFrom('\x03'); // isa-bern
    PlanKey::KeyPair m_k4 = keyFrom('\x04'); // never listed
    PlanCode::Context m_before; // content listing k1, k2 for fmr-bern
    PlanCode::Context m_after; // the update: k1 removed
    QStringList m_steps; // real step ids in content order

    // A copy of the Bern content with plan_keys added to offers; returns the folder.
    QString contentWith(const QString &name, const QMap<QString, QStringList> &keys, const QByteArray &linkHost = {})
    {
        const auto dir = m_dir.filePath(name);
        if (QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-r"), bernContent(), dir }) != 0) {
            return {};
        }
        QFile f(dir + QStringLiteral("/offers/counselling.yaml"));
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        auto text = f.readAll();
        f.close();
        for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
            QStringList quoted;
            for (const auto &k : it.value()) {
                quoted.push_back(QLatin1Char('"') + k + QLatin1Char('"'));
            }
            const auto anchor = "- id: " + it.key().toUtf8() + '\n';
            text.replace(anchor, anchor + "  plan_keys: [" + quoted.join(QStringLiteral(", ")).toUtf8() + "]\n");
        }
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size()) {
            return {};
        }
        f.close();
        if (!linkHost.isEmpty()) {
            QFile site(dir + QStringLiteral("/site.yaml"));
            if (!site.open(QIODevice::ReadOnly)) {
                return {};
            }
            auto yaml = site.readAll();
            site.close();
            yaml.replace("link_host: welcome-bern.ch", "link_host: " + linkHost);
            if (!site.open(QIODevice::WriteOnly | QIODevice::Truncate) || site.write(yaml) != yaml.size()) {
                return {};
            }
        }
        return dir;
    }

    static QStringList diagnostics(const QString &dir)
    {
        QList<Diagnostic> diags;
        const auto source = ContentSource::load(dir, diags);
        source.check(diags);
        QStringList out;
        for (const auto &d : diags) {
            out.push_back(d.toString());
        }
        return out;
    }

    PlanCode::Plan plan(int steps = 3) const
    {
        PlanCode::Plan p;
        p.region = QStringLiteral("bern");
        p.contentVersion = 1;
        p.issued = QDate(2026, 11, 2);
        p.point = QStringLiteral("fmr-bern");
        for (const auto &id : m_steps.mid(0, steps)) {
            p.steps.push_back({ id, {} });
        }
        return p;
    }

    // Every bad input changes nothing and says one thing: no plan, no steps, no sender.
    static void verifyRefused(const PlanCode::Decoded &d, Error expected)
    {
        QCOMPARE(d.error, expected);
        QVERIFY(!d.ok());
        QVERIFY(!d.verified());
        QVERIFY(d.plan.steps.isEmpty());
        QVERIFY(d.unknownSteps.isEmpty());
        QVERIFY(d.verifiedPoint.isEmpty());
        QVERIFY(!d.detail.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_k1.isValid() && m_k2.isValid() && m_k3.isValid() && m_k4.isValid());
        const auto before = contentWith(QStringLiteral("before"),
            { { QStringLiteral("fmr-bern"), { b64(m_k1), b64(m_k2) } },
                { QStringLiteral("isa-bern"), { b64(m_k3) } } });
        const auto after = contentWith(QStringLiteral("after"),
            { { QStringLiteral("fmr-bern"), { b64(m_k2) } }, { QStringLiteral("isa-bern"), { b64(m_k3) } } });
        QVERIFY(!before.isEmpty() && !after.isEmpty());
        QVERIFY(buildContent(before, m_dir.filePath(QStringLiteral("before.db"))));
        QVERIFY(buildContent(after, m_dir.filePath(QStringLiteral("after.db")), 2));
        ContentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("before.db"))));
        m_before = PlanCode::Context::fromStore(store);
        for (const auto &s : store.checklistSteps(QStringLiteral("de"))) {
            m_steps.push_back(s.id);
        }
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("after.db"))));
        m_after = PlanCode::Context::fromStore(store);
        QVERIFY(m_steps.size() >= 20);
    }

    // ---- Base45 ----

    void base45RfcVectors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        // RFC 9285 §4.3 and §4.4.
        QTest::newRow("AB") << QByteArray("AB") << QStringLiteral("BB8");
        QTest::newRow("Hello!!") << QByteArray("Hello!!") << QStringLiteral("%69 VD92EX0");
        QTest::newRow("base-45") << QByteArray("base-45") << QStringLiteral("UJCLQE7W581");
        QTest::newRow("ietf!") << QByteArray("ietf!") << QStringLiteral("QED8WEX0");
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void base45RfcVectors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Base45::encode(bytes), text);
        QCOMPARE(Base45::decode(text).value_or(QByteArray("none")), bytes);
    }

    void base45RejectsWhatIsNotBase45_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("group above 65535") << QStringLiteral("GGW"); // 16 + 16·45 + 32·45² = 65536
        QTest::newRow("pair above 255") << QStringLiteral("ZZ");
        QTest::newRow("dangling character") << QStringLiteral("BB8A");
        QTest::newRow("lower case") << QStringLiteral("bb8");
        QTest::newRow("outside the alphabet") << QStringLiteral("BB#");
    }
    void base45RejectsWhatIsNotBase45()
    {
        QFETCH(QString, text);
        QVERIFY(!Base45::decode(text));
    }

    void base45RoundTripsEveryLength()
    {
        QRandomGenerator rng(45);
        for (int n = 0; n < 300; ++n) {
            QByteArray bytes(n, Qt::Uninitialized);
            for (auto &b : bytes) {
                b = char(rng.bounded(256));
            }
            const auto text = Base45::encode(bytes);
            QCOMPARE(text.size(), (n / 2) * 3 + (n % 2) * 2);
            QVERIFY(Base45::isAlphabet(text));
            QCOMPARE(*Base45::decode(text), bytes);
        }
    }

    // ---- round trips ----

    void roundTripUnsigned()
    {
        auto p = plan(5);
        p.person = PlanCode::Person::Child;
        p.minAge = 6;
        p.maxAge = 11;
        p.steps[1].due = QDate(2026, 12, 24);
        p.note = QStringLiteral("Bitte Pass mitbringen. يرجى إحضار جواز السفر 🙂");
        p.language = QStringLiteral("ar");
        const auto e = PlanCode::encode(p);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QVERIFY(e.code.startsWith(QLatin1String("WP1:")));
        QVERIFY(Base45::isAlphabet(e.code));
        const auto d = PlanCode::decode(e.code, m_before);
        QVERIFY2(d.ok(), qPrintable(d.detail));
        QCOMPARE(d.plan, p);
        QCOMPARE(d.verification, Verification::Unsigned);
        QVERIFY(!d.verified());
        QVERIFY(d.verifiedPoint.isEmpty()); // an unsigned code names no sender
        QVERIFY(d.unknownSteps.isEmpty());
        QVERIFY(!d.newerContent);
    }

    void roundTripSigned()
    {
        auto p = plan(10);
        p.steps[0].due = p.issued; // due the day it is issued
        p.steps[9].due = p.issued.addDays(PlanCode::maxDueDays);
        const auto e = PlanCode::encode(p, m_k1);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        const auto d = PlanCode::decode(e.code, m_before);
        QVERIFY2(d.ok(), qPrintable(d.detail));
        QCOMPARE(d.plan, p);
        QCOMPARE(d.verification, Verification::Verified);
        QCOMPARE(d.verifiedPoint, QStringLiteral("fmr-bern"));
        // Ed25519 is deterministic: the same plan and key make the same code.
        QCOMPARE(PlanCode::encode(p, m_k1).code, e.code);
    }

    void linksCarryTheSameCode()
    {
        // Enough steps that the code holds every Base45 character a link must treat with care.
        auto p = plan(20);
        p.note = QStringLiteral("Termin am Dienstag, 10 Uhr.");
        QString code;
        for (int i = 0; i < 200 && !(code.contains(u' ') && code.contains(u'%') && code.contains(u'/')); ++i) {
            p.issued = p.issued.addDays(1);
            code = PlanCode::encode(p, m_k2).code;
        }
        QVERIFY(code.contains(u' ') && code.contains(u'%') && code.contains(u'/'));
        const auto web = PlanCode::webLink(code, QStringLiteral("welcome-bern.ch"));
        const auto app = PlanCode::appLink(code);
        QVERIFY(web.startsWith(QLatin1String("https://welcome-bern.ch/r#WP1:")));
        QVERIFY(app.startsWith(QLatin1String("welcome://r/WP1:")));
        for (const auto &link : { web, app }) {
            QVERIFY2(!link.contains(u' '), qPrintable(link));
            QCOMPARE(link.count(u'%'), code.count(u' ') + code.count(u'%') + (link == app ? code.count(u'/') : 0));
            QVERIFY(QUrl(link, QUrl::StrictMode).isValid());
        }
        const auto expected = PlanCode::decode(code, m_before);
        QVERIFY(expected.verified());
        const QStringList forms = {
            web,
            app,
            web.toLower(), // a code typed or copied through something that lowers the case
            QStringLiteral("  ") + app + QStringLiteral("\r\n"),
            // Links where more than needed is percent-encoded, as some messengers do.
            QString::fromLatin1(code.toLatin1().toPercentEncoding())
                .prepend(QStringLiteral("https://welcome-bern.ch/r#")),
            QString::fromLatin1(code.toLatin1().toPercentEncoding()).prepend(QStringLiteral("WELCOME://r/")),
            QUrl(web).toString(QUrl::FullyEncoded),
        };
        for (const auto &form : forms) {
            const auto d = PlanCode::decode(form, m_before);
            QVERIFY2(d.ok(), qPrintable(form + QStringLiteral(": ") + d.detail));
            QCOMPARE(d.plan, expected.plan);
            QCOMPARE(d.verification, Verification::Verified);
        }
        QCOMPARE(PlanCode::extractCode(web), code);
        QCOMPARE(PlanCode::extractCode(app), code);
        QCOMPARE(PlanCode::extractCode(QUrl(app).toString()), code);
    }

    // ---- signatures against the keys listed in content ----

    void keysListedNotListedAndRemoved()
    {
        const auto p = plan(4);
        const auto byK1 = PlanCode::encode(p, m_k1).code;
        const auto byK2 = PlanCode::encode(p, m_k2).code;
        const auto byK4 = PlanCode::encode(p, m_k4).code;
        // Listed: verified, and the only case that names the counselling point.
        QCOMPARE(PlanCode::decode(byK1, m_before).verification, Verification::Verified);
        QCOMPARE(PlanCode::decode(byK2, m_before).verification, Verification::Verified);
        QCOMPARE(PlanCode::decode(byK2, m_after).verification, Verification::Verified);
        // Removed by the update: still usable, no longer verified, no office name.
        const auto removed = PlanCode::decode(byK1, m_after);
        QVERIFY(removed.ok());
        QCOMPARE(removed.verification, Verification::KeyNotListed);
        QVERIFY(removed.verifiedPoint.isEmpty());
        QCOMPARE(removed.plan, p);
        // Never listed.
        const auto unknown = PlanCode::decode(byK4, m_before);
        QVERIFY(unknown.ok());
        QCOMPARE(unknown.verification, Verification::KeyNotListed);
        QVERIFY(unknown.verifiedPoint.isEmpty());
        // With no content at all, nothing is verified.
        auto bare = m_before;
        bare.pointKeys.clear();
        QCOMPARE(PlanCode::decode(byK1, bare).verification, Verification::KeyNotListed);
    }

    void aKeyCannotClaimAnotherPoint()
    {
        // k3 is isa-bern's key: a plan it signs that claims fmr-bern is not from fmr-bern.
        auto p = plan(2);
        const auto claimed = PlanCode::decode(PlanCode::encode(p, m_k3).code, m_before);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed.verification, Verification::KeyNotListed);
        QVERIFY(claimed.verifiedPoint.isEmpty());
        p.point = QStringLiteral("isa-bern");
        const auto honest = PlanCode::decode(PlanCode::encode(p, m_k3).code, m_before);
        QCOMPARE(honest.verification, Verification::Verified);
        QCOMPARE(honest.verifiedPoint, QStringLiteral("isa-bern"));
    }

    void badSignature()
    {
        const auto code = PlanCode::encode(plan(3), m_k1).code;
        // A flipped bit in the signature (its last byte ends the code).
        auto bytes = bytesOf(code);
        bytes[bytes.size() - 1] = char(bytes[bytes.size() - 1] ^ 0x01);
        verifyRefused(PlanCode::decode(codeOf(bytes), m_before), Error::BadSignature);
        // The envelope and signature of one plan around the steps of another: edited after signing.
        auto other = plan(3);
        other.steps.removeLast();
        const auto a = QCborValue::fromCbor(bytesOf(code)).taggedValue().toArray();
        const auto b = QCborValue::fromCbor(bytesOf(PlanCode::encode(other, m_k4).code)).taggedValue().toArray();
        const QCborArray swapped { a.at(0), a.at(1), b.at(2), a.at(3) };
        verifyRefused(
            PlanCode::decode(codeOf(QCborValue(QCborTag(18), swapped).toCbor()), m_before), Error::BadSignature);
        // The same edited code is not checked against a key the content does not list: unverified, never verified.
        const auto unlisted = PlanCode::decode(codeOf(QCborValue(QCborTag(18), swapped).toCbor()), m_after);
        QVERIFY(unlisted.ok());
        QCOMPARE(unlisted.verification, Verification::KeyNotListed);
    }

    // ---- bad input ----

    void wrongRegion()
    {
        auto p = plan(3);
        p.region = QStringLiteral("zurich");
        verifyRefused(PlanCode::decode(PlanCode::encode(p).code, m_before), Error::WrongRegion);
        verifyRefused(PlanCode::decode(PlanCode::encode(p, m_k1).code, m_before), Error::WrongRegion);
    }

    void newerFormat()
    {
        const auto code = PlanCode::encode(plan(3)).code;
        auto next = code;
        next.replace(0, 4, QStringLiteral("WP2:"));
        verifyRefused(PlanCode::decode(next, m_before), Error::NewerFormat);
        verifyRefused(PlanCode::decode(QStringLiteral("WP17:ABC"), m_before), Error::NewerFormat);
        verifyRefused(
            PlanCode::decode(PlanCode::webLink(next, QStringLiteral("welcome-bern.ch")), m_before), Error::NewerFormat);
    }

    void unknownStepsAreShownApart()
    {
        // A code from newer content: two of its steps this content does not have.
        auto p = plan(3);
        p.contentVersion = 7;
        p.steps.insert(1, { QStringLiteral("new-step-from-version-7"), QDate(2026, 12, 1) });
        p.steps.push_back({ QStringLiteral("another-new-step"), {} });
        const auto d = PlanCode::decode(PlanCode::encode(p, m_k2).code, m_before);
        QVERIFY2(d.ok(), qPrintable(d.detail));
        QCOMPARE(d.verification, Verification::Verified);
        QCOMPARE(d.unknownSteps,
            QStringList({ QStringLiteral("new-step-from-version-7"), QStringLiteral("another-new-step") }));
        QCOMPARE(d.plan.steps, plan(3).steps);
        QVERIFY(d.newerContent);
        // Every step unknown: still a plan, with nothing to add and everything explained.
        auto none = plan(0);
        none.steps = { { QStringLiteral("gone"), {} } };
        const auto empty = PlanCode::decode(PlanCode::encode(none).code, m_before);
        QVERIFY(empty.ok());
        QVERIFY(empty.plan.steps.isEmpty());
        QCOMPARE(empty.unknownSteps, QStringList { QStringLiteral("gone") });
    }

    void damagedCodes()
    {
        // Every character of an unsigned and of a signed code changed in turn: never a different plan, never a
        // verified one.
        const auto p = plan(4);
        for (const bool sign : { false, true }) {
            const auto code = PlanCode::encode(p, sign ? m_k1 : PlanKey::KeyPair {}).code;
            static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
            for (int i = 4; i < code.size(); ++i) {
                auto damaged = code;
                damaged[i] = alphabet[(alphabet.indexOf(code[i]) + 1 + i % 44) % 45];
                const auto d = PlanCode::decode(damaged, m_before);
                if (d.ok()) {
                    // Only a changed key id can pass: the plan is then intact but its sender unknown.
                    QVERIFY2(sign && d.verification == Verification::KeyNotListed, qPrintable(damaged));
                    QCOMPARE(d.plan, p);
                    continue;
                }
                QVERIFY2(d.error == Error::Damaged || d.error == Error::Truncated || d.error == Error::BadSignature,
                    qPrintable(QStringLiteral("%1: %2").arg(i).arg(d.detail)));
                QVERIFY(d.plan.steps.isEmpty());
            }
        }
        verifyRefused(PlanCode::decode(QStringLiteral("WP1:ABC#DEF"), m_before), Error::Damaged);
        verifyRefused(PlanCode::decode(QStringLiteral("WP1:GGW"), m_before), Error::Damaged);
    }

    void truncatedCodes()
    {
        for (const bool sign : { false, true }) {
            const auto code = PlanCode::encode(plan(6), sign ? m_k2 : PlanKey::KeyPair {}).code;
            for (int n = 4; n < code.size() && !QTest::currentTestFailed(); ++n) {
                const auto d = PlanCode::decode(code.left(n), m_before);
                QVERIFY2(d.error == Error::Truncated, qPrintable(QStringLiteral("%1: %2").arg(n).arg(d.detail)));
                verifyRefused(d, Error::Truncated);
                // Links cut short too.
                if (n % 50 == 0) {
                    verifyRefused(
                        PlanCode::decode(
                            PlanCode::webLink(code, QStringLiteral("welcome-bern.ch")).left(n + 26), m_before),
                        Error::Truncated);
                }
            }
        }
    }

    void overTheSizeLimit()
    {
        // Longer than any code: refused before it is decoded.
        verifyRefused(PlanCode::decode(QString(PlanCode::maxInputLength + 1, u'A'), m_before), Error::TooLarge);
        verifyRefused(PlanCode::decode(QStringLiteral("WP1:") + QString(PlanCode::maxCodeLength, u'0'), m_before),
            Error::TooLarge);
        // A small code that inflates to a megabyte: inflating stops at the cap.
        const auto bomb = codeOf(QCborValue(zlib(QByteArray(1 << 20, '\0'))).toCbor());
        QVERIFY(bomb.size() < PlanCode::maxCodeLength);
        verifyRefused(PlanCode::decode(bomb, m_before), Error::TooLarge);
        // A note and a list of steps beyond the limits, from another encoder.
        auto longNote = validPlanMap();
        longNote.insert(5, QString(PlanCode::maxNoteLength + 1, u'x'));
        verifyRefused(PlanCode::decode(craft(longNote), m_before), Error::TooLarge);
        longNote.insert(5, QString(PlanCode::maxNoteLength, u'x'));
        QVERIFY(PlanCode::decode(craft(longNote), m_before).ok());
        auto manySteps = validPlanMap();
        QCborArray steps;
        for (int i = 0; i <= PlanCode::maxSteps; ++i) {
            steps.append(QStringLiteral("step-%1").arg(i));
        }
        manySteps.insert(4, steps);
        verifyRefused(PlanCode::decode(craft(manySteps), m_before), Error::TooLarge);
        // The encoder keeps to the same limits.
        auto p = plan(3);
        p.note = QString(PlanCode::maxNoteLength + 1, u'x');
        QCOMPARE(PlanCode::encode(p).error, Error::Invalid);
    }

    void malformedPlans_data()
    {
        QTest::addColumn<QCborValue>("value");
        const auto with = [](int key, const QCborValue &v) {
            auto m = validPlanMap();
            m.insert(key, v);
            return QCborValue(m);
        };
        auto noRegion = validPlanMap();
        noRegion.remove(1);
        QTest::newRow("valid") << QCborValue(validPlanMap());
        QTest::newRow("not a map") << QCborValue(QCborArray { 1, 2 });
        QTest::newRow("missing region") << QCborValue(noRegion);
        QTest::newRow("region with markup") << with(1, QStringLiteral("<b>bern</b>"));
        QTest::newRow("step id with a link") << with(4, QCborArray { QStringLiteral("https://evil.example") });
        QTest::newRow("step twice") << with(
            4, QCborArray { QStringLiteral("registration"), QStringLiteral("registration") });
        QTest::newRow("no steps") << with(4, QCborArray {});
        QTest::newRow("due as text") << with(
            4, QCborArray { QCborArray { QStringLiteral("registration"), QStringLiteral("soon") } });
        QTest::newRow("due in 11 years") << with(4, QCborArray { QCborArray { QStringLiteral("registration"), 4020 } });
        QTest::newRow("negative age") << with(3, QCborArray { -1, 5 });
        QTest::newRow("ages reversed") << with(3, QCborArray { 9, 5 });
        QTest::newRow("person as text") << with(3, QStringLiteral("adult"));
        QTest::newRow("point with a space") << with(6, QStringLiteral("fmr bern"));
        QTest::newRow("note as bytes") << with(5, QByteArray("x"));
        QTest::newRow("date far away") << with(7, 100'000'000);
        QTest::newRow("text key") << QCborValue(QCborMap { { QStringLiteral("region"), QStringLiteral("bern") } });
    }
    void malformedPlans()
    {
        QFETCH(QCborValue, value);
        const auto d = PlanCode::decode(craft(value), m_before);
        if (QByteArray(QTest::currentDataTag()) == "valid") {
            QVERIFY2(d.ok(), qPrintable(d.detail));
            QCOMPARE(d.verification, Verification::Unsigned);
            return;
        }
        verifyRefused(d, Error::Damaged);
    }

    void randomInput()
    {
        QRandomGenerator rng(13);
        static const QString alphabet = QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:");
        for (int i = 0; i < 3000; ++i) {
            const int n = int(rng.bounded(700));
            QString input;
            switch (i % 3) {
            case 0: { // random bytes behind the right prefix
                QByteArray bytes(n, Qt::Uninitialized);
                for (auto &b : bytes) {
                    b = char(rng.bounded(256));
                }
                input = codeOf(bytes);
                break;
            }
            case 1: // random characters of the alphabet
                input = QStringLiteral("WP1:");
                for (int k = 0; k < n; ++k) {
                    input.append(alphabet[int(rng.bounded(45))]);
                }
                break;
            default: // any characters at all
                for (int k = 0; k < n; ++k) {
                    input.append(QChar(char16_t(rng.bounded(1, 0xD7FF))));
                }
            }
            const auto d = PlanCode::decode(input, m_before);
            QVERIFY2(!d.ok(), qPrintable(input));
            QVERIFY(d.plan.steps.isEmpty());
        }
    }

    void notOurs_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("text") << QStringLiteral("hello");
        QTest::newRow("web page") << QStringLiteral("https://www.bern.ch/");
        QTest::newRow("our host, no code") << QStringLiteral("https://welcome-bern.ch/r");
        QTest::newRow("our host, other page") << QStringLiteral("https://welcome-bern.ch/about#WP1:BB8");
        QTest::newRow("other app link") << QStringLiteral("welcome://settings");
        QTest::newRow("no number") << QStringLiteral("WP:BB8");
        QTest::newRow("leading zero") << QStringLiteral("WP01:BB8");
        QTest::newRow("other prefix") << QStringLiteral("HC1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDE");
        QTest::newRow("mail") << QStringLiteral("mailto:fmr@bern.ch");
        QTest::newRow("prefix only") << QStringLiteral("WP1");
    }
    void notOurs()
    {
        QFETCH(QString, input);
        verifyRefused(PlanCode::decode(input, m_before), Error::NotOurs);
    }

    void encodeRefusesInvalidPlans()
    {
        auto p = plan(3);
        p.steps.push_back(p.steps.first());
        QCOMPARE(PlanCode::encode(p).error, Error::Invalid);
        p = plan(0);
        QCOMPARE(PlanCode::encode(p).error, Error::Invalid);
        p = plan(3);
        p.point.clear();
        QCOMPARE(PlanCode::encode(p, m_k1).error, Error::Invalid); // signed, but for no one
        p = plan(3);
        p.steps[0].due = p.issued.addDays(-1);
        QCOMPARE(PlanCode::encode(p).error, Error::Invalid);
        p = plan(3);
        p.language = QStringLiteral("<script>");
        QCOMPARE(PlanCode::encode(p).error, Error::Invalid);
    }

    // ---- the note ----

    void noteIsPlainText()
    {
        // Markup and links stay the characters they are: nothing is interpreted, nothing is removed.
        const auto markup = QStringLiteral("<b>Wichtig</b> <a href=\"https://evil.example\">hier</a> https://x.example "
                                           "&amp; [link](https://y.example) <img src=x onerror=alert(1)>");
        QCOMPARE(PlanCode::cleanNote(markup), markup);
        auto p = plan(2);
        p.note = markup;
        QCOMPARE(PlanCode::decode(PlanCode::encode(p).code, m_before).plan.note, markup);
        // Control and format characters go: a bidi override could make "6 Monate" read "etanoM 6".
        QCOMPARE(PlanCode::cleanNote(QStringLiteral("a\u0000b\u0007c\u001Bd\u007Fe\u202Ef\u2066g\u200Bh\uFEFFi")),
            QStringLiteral("abcdefghi"));
        QCOMPARE(PlanCode::cleanNote(QStringLiteral("eins\r\nzwei\rdrei\u2028vier\tfünf")),
            QStringLiteral("eins\nzwei\ndrei\nvier fünf"));
        QCOMPARE(PlanCode::cleanNote(QStringLiteral("  a\n\n\n\n\nb  ")), QStringLiteral("a\n\nb"));
        // What scripts need stays: Persian's zero-width non-joiner, the direction marks, emoji sequences.
        const auto persian = QStringLiteral("می\u200Cخواهم \u200F(۱۰)\u200E 👩\u200D👧");
        QCOMPARE(PlanCode::cleanNote(persian), persian);
        // A code made elsewhere with control characters in its note is cleaned when read.
        auto crafted = validPlanMap();
        crafted.insert(5, QStringLiteral("Termin\u202E 9 Uhr\u0007"));
        QCOMPARE(PlanCode::decode(craft(crafted), m_before).plan.note, QStringLiteral("Termin 9 Uhr"));
        // 500 characters means characters: 500 emoji (1000 UTF-16 units, 2000 bytes) fit.
        p.note = QString();
        for (int i = 0; i < PlanCode::maxNoteLength; ++i) {
            p.note += QStringLiteral("🙂");
        }
        const auto e = PlanCode::encode(p);
        QVERIFY2(e.ok(), qPrintable(e.detail));
        QCOMPARE(PlanCode::decode(e.code, m_before).plan.note, p.note);
    }

    // ---- QR codes ----

    void qrPngRoundTrip()
    {
        auto p = plan(10);
        p.note = QStringLiteral("Bitte bringen Sie zum nächsten Termin Ihren Pass, den Mietvertrag und die Police der "
                                "Krankenkasse mit. Vielen Dank, bis bald und alles Gute!");
        QCOMPARE(p.note.size(), 140);
        const auto code = PlanCode::encode(p, m_k1).code;
        const auto symbol = PlanQr::encode(code);
        QVERIFY(!symbol.image.isNull());
        // The size target: a signed plan of 10 steps with a 140-character note fits version 15 at level M.
        QVERIFY2(symbol.version <= 15, qPrintable(QString::number(symbol.version)));
        QCOMPARE(symbol.image.width(), (symbol.modules + 2 * PlanQr::quietZone) * 8);
        const auto png = m_dir.filePath(QStringLiteral("plan.png"));
        QVERIFY(symbol.image.save(png, "PNG"));
        const auto reading = PlanQr::readFile(png);
        QVERIFY(reading.ok());
        QCOMPARE(reading.text, code);
        QCOMPARE(reading.ecLevel, QStringLiteral("M"));
        const auto d = PlanQr::decodeFile(png, m_before);
        QVERIFY2(d.ok(), qPrintable(d.detail));
        QCOMPARE(d.plan, p);
        QVERIFY(d.verified());
    }

    void qrCameraFrame()
    {
        const auto p = plan(10);
        const auto code = PlanCode::encode(p, m_k2).code;
        const auto symbol = PlanQr::encode(code, 8);
        // A phone camera's view: the code smaller, turned a little, on a grey desk with uneven light and sensor noise.
        QImage frame(1280, 960, QImage::Format_RGB32);
        for (int y = 0; y < frame.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(frame.scanLine(y));
            for (int x = 0; x < frame.width(); ++x) {
                const int g = 95 + (x + y) * 40 / (frame.width() + frame.height());
                line[x] = qRgb(g, g, g + 5);
            }
        }
        {
            QPainter painter(&frame);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.translate(700, 430);
            painter.rotate(7.5);
            const double scale = 0.62; // about 5 pixels a module
            painter.scale(scale, scale);
            painter.drawImage(QPointF(-symbol.image.width() / 2.0, -symbol.image.height() / 2.0), symbol.image);
        }
        QRandomGenerator rng(7);
        for (int y = 0; y < frame.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(frame.scanLine(y));
            for (int x = 0; x < frame.width(); ++x) {
                const int noise = int(rng.bounded(41)) - 20;
                const auto c = line[x];
                line[x] = qRgb(std::clamp(qRed(c) * 85 / 100 + noise, 0, 255),
                    std::clamp(qGreen(c) * 85 / 100 + noise, 0, 255), std::clamp(qBlue(c) * 85 / 100 + noise, 0, 255));
            }
        }
        const auto d = PlanQr::decode(frame, m_before);
        QVERIFY2(d.ok(), qPrintable(d.detail));
        QCOMPARE(d.plan, p);
        QVERIFY(d.verified());
        // The same frame as a camera hands it over, in another pixel format.
        QVERIFY(PlanQr::decode(frame.convertToFormat(QImage::Format_RGB888), m_before).verified());
    }

    void qrThatIsNotOurs()
    {
        const auto url = PlanQr::encode(QStringLiteral("https://www.bern.ch/"));
        verifyRefused(PlanQr::decode(url.image, m_before), Error::NotOurs);
        QImage blank(400, 400, QImage::Format_Grayscale8);
        blank.fill(200);
        verifyRefused(PlanQr::decode(blank, m_before), Error::NoCode);
        verifyRefused(PlanQr::decode(QImage(), m_before), Error::UnreadableImage);
        const auto notAnImage = m_dir.filePath(QStringLiteral("not-an-image.png"));
        QFile f(notAnImage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("WP1:this is text, not a PNG");
        f.close();
        verifyRefused(PlanQr::decodeFile(notAnImage, m_before), Error::UnreadableImage);
        verifyRefused(
            PlanQr::decodeFile(m_dir.filePath(QStringLiteral("missing.png")), m_before), Error::UnreadableImage);
    }

    // ---- keys and content ----

    void keyFiles()
    {
        const auto path = m_dir.filePath(QStringLiteral("point.key"));
        PlanKey::FileError e {};
        QVERIFY(PlanKey::writeFile(path, m_k1, &e));
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path).testFlags(QFile::ReadOwner | QFile::WriteOwner));
        const auto read = PlanKey::readFile(path, &e);
        QVERIFY(read);
        QCOMPARE(read->seed, m_k1.seed);
        QCOMPARE(read->publicKey, m_k1.publicKey);
        QVERIFY(!PlanKey::writeFile(path, m_k2, &e)); // never over an existing key
        QCOMPARE(e, PlanKey::FileError::Exists);
        QCOMPARE(PlanKey::readFile(path)->seed, m_k1.seed);
        // The content signing key (base64 of 64 bytes, as `keygen` writes it) is not a plan key.
        QVERIFY(!PlanKey::parseFile(QByteArray(64, '\x05').toBase64() + '\n'));
        QVERIFY(!PlanKey::parseFile("welcome-plan-key 1\n" + QByteArray(31, '\x05').toBase64() + '\n'));
        QVERIFY(!PlanKey::parseFile("welcome-plan-key 2\n" + m_k1.seed.toBase64() + '\n'));
        const auto big = m_dir.filePath(QStringLiteral("big.key"));
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(PlanKey::fileContents(m_k1) + QByteArray(PlanKey::maxFileBytes, ' '));
        f.close();
        QVERIFY(!PlanKey::readFile(big, &e));
        QCOMPARE(e, PlanKey::FileError::TooLarge);
    }

    void contentCarriesKeysAndLinkHost()
    {
        ContentStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("before.db"))));
        QCOMPARE(store.linkHost(), QStringLiteral("welcome-bern.ch"));
        const auto keys = store.planKeys();
        QStringList fmr { b64(m_k1), b64(m_k2) };
        fmr.sort();
        QCOMPARE(keys.value(QStringLiteral("fmr-bern")), fmr);
        QCOMPARE(keys.value(QStringLiteral("isa-bern")), QStringList { b64(m_k3) });
        QCOMPARE(keys.size(), 2);
        QCOMPARE(m_before.pointKeys.value(QStringLiteral("fmr-bern")).size(), 2);
        QCOMPARE(m_after.pointKeys.value(QStringLiteral("fmr-bern")), QList<QByteArray> { m_k2.publicKey });
        QCOMPARE(m_before.region, QStringLiteral("bern"));
        QCOMPARE(m_after.contentVersion, 2);
        QVERIFY(m_before.stepIds.contains(QStringLiteral("registration")));
    }

    void anUpdateRotatesKeys()
    {
        // The app's update path: the offer object of the next version written over the installed database.
        const auto path = m_dir.filePath(QStringLiteral("updated.db"));
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("before.db")), path));
        QList<Diagnostic> diags;
        const auto next = ContentSource::load(m_dir.filePath(QStringLiteral("after")), diags);
        const auto objects = ContentPackager::objects(next);
        const auto offer = std::find_if(objects.cbegin(), objects.cend(),
            [](const PackagedObject &o) { return o.id == QLatin1String("offer/fmr-bern"); });
        QVERIFY(offer != objects.cend());
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("update"));
            db.setDatabaseName(path);
            QVERIFY(db.open() && db.transaction());
            ContentWriter writer(db);
            QVERIFY2(writer.put(offer->id, offer->kind, offer->lang, offer->data) && writer.finish(),
                qPrintable(writer.errorString()));
            QVERIFY(db.commit());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("update"));
        ContentStore store;
        QVERIFY(store.open(path));
        QCOMPARE(store.planKeys().value(QStringLiteral("fmr-bern")), QStringList { b64(m_k2) });
        const auto context = PlanCode::Context::fromStore(store);
        QCOMPARE(
            PlanCode::decode(PlanCode::encode(plan(2), m_k1).code, context).verification, Verification::KeyNotListed);
        QCOMPARE(PlanCode::decode(PlanCode::encode(plan(2), m_k2).code, context).verification, Verification::Verified);
    }

    void contentChecksPlanKeys()
    {
        const auto good = b64(m_k4);
        const auto dir = contentWith(QStringLiteral("checks"),
            { { QStringLiteral("fmr-bern"), { QStringLiteral("not base64!"), good, good } },
                { QStringLiteral("isa-bern"), { QString::fromLatin1(QByteArray(31, 'x').toBase64()), good } } },
            "https://welcome-bern.ch/");
        QVERIFY(!dir.isEmpty());
        const auto diags = diagnostics(dir).join(QLatin1Char('\n'));
        QVERIFY2(diags.contains(QStringLiteral("plan key 'not base64!' is not a base64 Ed25519 public key (32 bytes)")),
            qPrintable(diags));
        QVERIFY2(diags.contains(QStringLiteral("is not a base64 Ed25519 public key (32 bytes)")), qPrintable(diags));
        QVERIFY2(
            diags.contains(QStringLiteral("offer 'fmr-bern' lists plan key '%1' twice").arg(good)), qPrintable(diags));
        QVERIFY2(diags.contains(
                     QStringLiteral("plan key '%1' of offer 'isa-bern' is also listed for offer 'fmr-bern'").arg(good)),
            qPrintable(diags));
        QVERIFY2(diags.contains(QStringLiteral("link_host wants a host name only, e.g. welcome-bern.ch")),
            qPrintable(diags));
        // The Bern content as it is has none of these problems.
        QVERIFY(diagnostics(bernContent()).filter(QStringLiteral("plan key")).isEmpty());
        QVERIFY(diagnostics(bernContent()).filter(QStringLiteral("link_host")).isEmpty());
    }
};

QTEST_MAIN(TestPlanCode)
#include "tst_plancode.moc"
