// SPDX-License-Identifier: GPL-3.0-or-later
// Plan codes through the real content tool: a counselling point's key from `keygen --plan`, its public half in the
// content, `recommend` printing the code, both links and a QR image, and `decode` reading each of them back as JSON;
// then every mistake a counsellor or editor can make, each with one clear line and exit code 1.
#include "contentstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QStringList out; ///< lines
    QString err;
};

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto path = it.next();
        const auto target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}
} // namespace

class TestPlanCodeTool : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_publicKey;
    QStringList m_printed; // code, web link, app link

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Run tool(const QStringList &args)
    {
        QProcess p;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SOURCE_DATE_EPOCH"), QStringLiteral("1793620800")); // 2026-11-02 12:00 UTC
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(WELCOME_BIN_DIR "/welcome-content"), args);
        Run r;
        if (!p.waitForFinished(60000)) {
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QJsonObject json(const Run &r)
    {
        return QJsonDocument::fromJson(r.out.join(QLatin1Char('\n')).toUtf8()).object();
    }

    // One clear line and exit code 1.
    static void verifyOneLine(const Run &r, const QString &expected)
    {
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    }

    // What the content says, to compare the tool's output with.
    QString offerName(const QString &id, const QString &lang) const
    {
        ContentStore store;
        if (!store.open(path(QStringLiteral("with-key.db")))) {
            return {};
        }
        for (const auto &o : store.offers({}, lang)) {
            if (o.id == id) {
                return o.name;
            }
        }
        return {};
    }
    QString stepTitle(const QString &id, const QString &lang) const
    {
        ContentStore store;
        if (!store.open(path(QStringLiteral("with-key.db")))) {
            return {};
        }
        for (const auto &s : store.checklistSteps(lang)) {
            if (s.id == id) {
                return s.title;
            }
        }
        return {};
    }

    QStringList recommendArgs(const QString &db) const
    {
        return { QStringLiteral("recommend"), QStringLiteral("--db"), db, QStringLiteral("--steps"),
            QStringLiteral("registration,health-insurance,school-enrolment"), QStringLiteral("--person"),
            QStringLiteral("child:6-11"), QStringLiteral("--due"), QStringLiteral("school-enrolment=2026-12-01"),
            QStringLiteral("--note"), QStringLiteral("Bitte Zeugnisse mitbringen. <b>Danke</b>"),
            QStringLiteral("--point"), QStringLiteral("fmr-bern"), QStringLiteral("--lang"), QStringLiteral("ar") };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A counselling point's key.
        const auto keygen = tool({ QStringLiteral("keygen"), QStringLiteral("--plan"), QStringLiteral("--out"),
            path(QStringLiteral("keys")) });
        QCOMPARE(keygen.exitCode, 0);
        QCOMPARE(keygen.out.size(), 1);
        m_publicKey = keygen.out.first();
        QCOMPARE(QByteArray::fromBase64(m_publicKey.toLatin1()).size(), 32);
        const auto keyFile = path(QStringLiteral("keys/plan-signing.key"));
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(keyFile) & others, QFileDevice::Permissions());
        QFile pub(path(QStringLiteral("keys/plan-signing.pub")));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromLatin1(pub.readAll().trimmed()), m_publicKey);
        // The editors list it with the counselling point's offer and build: one content with it, one without.
        const auto withKey = path(QStringLiteral("content-with-key"));
        QVERIFY(copyTree(QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), withKey));
        QFile offers(withKey + QStringLiteral("/offers/counselling.yaml"));
        QVERIFY(offers.open(QIODevice::ReadOnly));
        auto yaml = offers.readAll();
        offers.close();
        yaml.replace("- id: fmr-bern\n", "- id: fmr-bern\n  plan_keys: [\"" + m_publicKey.toLatin1() + "\"]\n");
        QVERIFY(offers.open(QIODevice::WriteOnly | QIODevice::Truncate));
        offers.write(yaml);
        offers.close();
        for (const auto &[dir, db] : { std::pair { withKey, QStringLiteral("with-key.db") },
                 std::pair { QStringLiteral(WELCOME_SOURCE_DIR "/content/bern"), QStringLiteral("without-key.db") } }) {
            const auto build = tool({ QStringLiteral("build"), dir, QStringLiteral("-o"), path(db) });
            QVERIFY2(build.exitCode == 0, qPrintable(build.err));
        }
    }

    void recommendPrintsCodeLinksAndQr()
    {
        auto args = recommendArgs(path(QStringLiteral("with-key.db")));
        args << QStringLiteral("--key") << path(QStringLiteral("keys/plan-signing.key")) << QStringLiteral("--qr")
             << path(QStringLiteral("plan.png"));
        const auto r = tool(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.size(), 3);
        m_printed = r.out;
        const auto &code = r.out[0];
        QVERIFY(code.startsWith(QLatin1String("WP1:")));
        QVERIFY(r.out[1].startsWith(QLatin1String("https://welcome-bern.ch/r#WP1:")));
        QVERIFY(r.out[2].startsWith(QLatin1String("welcome://r/WP1:")));
        QVERIFY2(r.err.contains(QStringLiteral("3 steps, signed")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("warning")));
        QVERIFY(QFile::exists(path(QStringLiteral("plan.png"))));
        // The same plan and key on the same day: the same code.
        QCOMPARE(tool(args).out, r.out);
    }

    void decodeReadsEveryForm_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("code") << 0;
        QTest::newRow("web link") << 1;
        QTest::newRow("app link") << 2;
        QTest::newRow("QR image") << 3;
    }
    void decodeReadsEveryForm()
    {
        QFETCH(int, form);
        QCOMPARE(m_printed.size(), 3);
        const auto input = form < 3 ? m_printed[form] : path(QStringLiteral("plan.png"));
        const auto r
            = tool({ QStringLiteral("decode"), QStringLiteral("--db"), path(QStringLiteral("with-key.db")), input });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = json(r);
        QCOMPARE(j.value(QLatin1String("verification")).toString(), QStringLiteral("verified"));
        QCOMPARE(
            j.value(QLatin1String("from")).toString(), offerName(QStringLiteral("fmr-bern"), QStringLiteral("de")));
        QVERIFY(!j.value(QLatin1String("from")).toString().isEmpty());
        QCOMPARE(j.value(QLatin1String("point")).toString(), QStringLiteral("fmr-bern"));
        QCOMPARE(j.value(QLatin1String("region")).toString(), QStringLiteral("bern"));
        QCOMPARE(j.value(QLatin1String("issued")).toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(j.value(QLatin1String("language")).toString(), QStringLiteral("ar"));
        QCOMPARE(j.value(QLatin1String("note")).toString(), QStringLiteral("Bitte Zeugnisse mitbringen. <b>Danke</b>"));
        const auto person = j.value(QLatin1String("person")).toObject();
        QCOMPARE(person.value(QLatin1String("kind")).toString(), QStringLiteral("child"));
        QCOMPARE(person.value(QLatin1String("min_age")).toInt(), 6);
        QCOMPARE(person.value(QLatin1String("max_age")).toInt(), 11);
        const auto steps = j.value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0].toObject().value(QLatin1String("id")).toString(), QStringLiteral("registration"));
        QVERIFY(!steps[0].toObject().contains(QLatin1String("due")));
        QCOMPARE(steps[2].toObject().value(QLatin1String("id")).toString(), QStringLiteral("school-enrolment"));
        QCOMPARE(steps[2].toObject().value(QLatin1String("due")).toString(), QStringLiteral("2026-12-01"));
        QCOMPARE(steps[0].toObject().value(QLatin1String("title")).toString(),
            stepTitle(QStringLiteral("registration"), QStringLiteral("de")));
        QVERIFY(j.value(QLatin1String("unknown_steps")).toArray().isEmpty());
    }

    void decodeWithoutTheKeyIsUnverified()
    {
        // The same code read with content that does not list the key (never listed, or removed by an update).
        const auto r = tool({ QStringLiteral("decode"), QStringLiteral("--db"), path(QStringLiteral("without-key.db")),
            QStringLiteral("--lang"), QStringLiteral("en"), m_printed.value(0) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto j = json(r);
        QCOMPARE(j.value(QLatin1String("verification")).toString(), QStringLiteral("key-not-listed"));
        QVERIFY(!j.contains(QLatin1String("from"))); // no office name
        QCOMPARE(j.value(QLatin1String("steps")).toArray().size(), 3);
        const auto english = stepTitle(QStringLiteral("registration"), QStringLiteral("en"));
        QVERIFY(!english.isEmpty() && english != stepTitle(QStringLiteral("registration"), QStringLiteral("de")));
        QCOMPARE(
            j.value(QLatin1String("steps")).toArray()[0].toObject().value(QLatin1String("title")).toString(), english);
    }

    void unsignedCodes()
    {
        const auto r = tool(recommendArgs(path(QStringLiteral("with-key.db"))));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("not signed")));
        const auto d = tool(
            { QStringLiteral("decode"), QStringLiteral("--db"), path(QStringLiteral("with-key.db")), r.out.value(0) });
        QCOMPARE(json(d).value(QLatin1String("verification")).toString(), QStringLiteral("unsigned"));
        QVERIFY(!json(d).contains(QLatin1String("from")));
    }

    void aKeyTheContentDoesNotListIsReported()
    {
        auto args = recommendArgs(path(QStringLiteral("without-key.db")));
        args << QStringLiteral("--key") << path(QStringLiteral("keys/plan-signing.key"));
        const auto r = tool(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QStringLiteral("warning: this key is not listed in plan_keys of 'fmr-bern'")),
            qPrintable(r.err));
    }

    void decodeRefusesBadInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("web page") << QStringLiteral("https://www.bern.ch/")
                                  << QStringLiteral("decode: this is not a Welcome plan code");
        QTest::newRow("random text") << QStringLiteral("hello")
                                     << QStringLiteral("decode: this is not a Welcome plan code");
        QTest::newRow("newer") << QStringLiteral("WP2:ABCDEF")
                               << QStringLiteral("decode: this plan code was made by a newer version");
        QTest::newRow("damaged") << QStringLiteral("WP1:GGWGGW") << QStringLiteral("decode: the plan code is damaged");
        QTest::newRow("huge") << QStringLiteral("WP1:") + QString(4000, u'A')
                              << QStringLiteral("decode: the plan code is over the size limit");
    }
    void decodeRefusesBadInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        verifyOneLine(
            tool({ QStringLiteral("decode"), QStringLiteral("--db"), path(QStringLiteral("with-key.db")), input }),
            message);
    }

    void decodeRefusesCutAndChangedCodes()
    {
        const auto code = m_printed.value(0);
        QVERIFY(!code.isEmpty());
        verifyOneLine(tool({ QStringLiteral("decode"), QStringLiteral("--db"), path(QStringLiteral("with-key.db")),
                          code.left(code.size() - 10) }),
            QStringLiteral("decode: the plan code is incomplete"));
        // The last character is part of the signature: changing it is an edit after signing.
        auto changed = code;
        changed[changed.size() - 1] = changed.back() == u'0' ? u'1' : u'0';
        verifyOneLine(
            tool({ QStringLiteral("decode"), QStringLiteral("--db"), path(QStringLiteral("with-key.db")), changed }),
            QStringLiteral("decode: the plan code was changed after it was signed"));
        // A QR image that holds something else, and a file that is no image.
        QFile text(path(QStringLiteral("note.png")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("not an image");
        text.close();
        verifyOneLine(tool({ QStringLiteral("decode"), QStringLiteral("--db"), path(QStringLiteral("with-key.db")),
                          text.fileName() }),
            QStringLiteral("decode: the image cannot be read"));
    }

    void recommendRefusesMistakes()
    {
        const auto db = path(QStringLiteral("with-key.db"));
        const auto replaced = [&](const QString &option, const QString &value) {
            auto args = recommendArgs(db);
            args[args.indexOf(option) + 1] = value;
            return tool(args);
        };
        verifyOneLine(replaced(QStringLiteral("--steps"), QStringLiteral("registration,no-such-step")),
            QStringLiteral("recommend: the content has no step 'no-such-step'"));
        verifyOneLine(replaced(QStringLiteral("--person"), QStringLiteral("teenager")),
            QStringLiteral("recommend: --person wants adult or child:MIN-MAX"));
        verifyOneLine(replaced(QStringLiteral("--due"), QStringLiteral("bank-account=2026-12-01")),
            QStringLiteral("recommend: --due wants STEP=YYYY-MM-DD for a step in --steps"));
        verifyOneLine(replaced(QStringLiteral("--due"), QStringLiteral("school-enrolment=2026-10-01")),
            QStringLiteral("recommend: step 'school-enrolment' would be due 2026-10-01, before today"));
        verifyOneLine(replaced(QStringLiteral("--point"), QStringLiteral("no-such-office")),
            QStringLiteral("recommend: the content has no offer 'no-such-office'"));
        verifyOneLine(replaced(QStringLiteral("--note"), QString(501, u'x')),
            QStringLiteral("recommend: the note has 501 characters, at most 500"));
        // The content signing key is not a plan key and is refused.
        const auto content
            = tool({ QStringLiteral("keygen"), QStringLiteral("--out"), path(QStringLiteral("content-keys")) });
        QCOMPARE(content.exitCode, 0);
        auto args = recommendArgs(db);
        args << QStringLiteral("--key") << path(QStringLiteral("content-keys/welcome-signing.key"));
        verifyOneLine(tool(args), QStringLiteral("is not a plan signing key made by `welcome-content keygen --plan`"));
        // A signed plan says which counselling point signs it.
        args = recommendArgs(db);
        args.removeAt(args.indexOf(QStringLiteral("--point")) + 1);
        args.removeAll(QStringLiteral("--point"));
        args << QStringLiteral("--key") << path(QStringLiteral("keys/plan-signing.key"));
        verifyOneLine(tool(args), QStringLiteral("recommend: a signed plan needs --point"));
        // An existing key is never overwritten.
        verifyOneLine(tool({ QStringLiteral("keygen"), QStringLiteral("--plan"), QStringLiteral("--out"),
                          path(QStringLiteral("keys")) }),
            QStringLiteral("an existing key is never overwritten"));
        // Usage mistakes print the usage and exit 2.
        QCOMPARE(tool({ QStringLiteral("recommend"), QStringLiteral("--db"), db }).exitCode, 2);
        QCOMPARE(tool({ QStringLiteral("decode"), QStringLiteral("--db"), db }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestPlanCodeTool)
#include "tst_plancode_e2e.moc"
