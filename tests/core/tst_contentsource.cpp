// SPDX-License-Identifier: GPL-3.0-or-later
// The editors' tool: validation messages, the compiled database, and the command line.
#include "testcontent.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Copies a fixture folder so a test can change one file of it.
bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const auto file = it.next();
        const auto target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target)) {
            return false;
        }
    }
    return true;
}
} // namespace

class TestContentSource : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name) { return QStringLiteral(WELCOME_FIXTURES "/") + QLatin1String(name); }
    static QString tool() { return QStringLiteral(WELCOME_BIN_DIR "/welcome-content"); }

    static QStringList diagnosticsOf(const char *name)
    {
        QList<Diagnostic> diags;
        const auto source = ContentSource::load(fixture(name), diags);
        source.check(diags);
        QStringList out;
        for (const auto &d : diags) {
            out.push_back(d.toString());
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void goodFixtureHasNoDiagnostics()
    {
        QList<Diagnostic> diags;
        const auto source = ContentSource::load(fixture("content-good"), diags);
        source.check(diags);
        QCOMPARE(diags.size(), 0);
        QCOMPARE(source.site.region, QStringLiteral("testville"));
        QCOMPARE(source.site.version, 3);
        QCOMPARE(source.topics.size(), 2);
        QCOMPARE(source.articles.size(), 7);
        // The same documents, whichever form: a map of lists is for everyone.
        const auto &hh = source.steps.first();
        QCOMPARE(hh.documents.value(QStringLiteral("en")),
            QStringList({ QStringLiteral("Passport"), QStringLiteral("Rental contract") }));
        QVERIFY(hh.documentConditions.isEmpty());
        QCOMPARE(source.site.languages.size(), 3);
        QVERIFY(source.site.languages[2].rightToLeft);
        QCOMPARE(source.site.languages[2].fallback, QStringList { QStringLiteral("en") });
        const auto &alpha = source.articles[1]; // files sort by language: ar, de, en
        QCOMPARE(alpha.lang, QStringLiteral("de"));
        QCOMPARE(alpha.slug, QStringLiteral("alpha"));
        QCOMPARE(alpha.links.size(), 4);
        QCOMPARE(alpha.links[0].target, QStringLiteral("article:beta"));
        QCOMPARE(alpha.links[0].line, 12);
    }

    void brokenFixtureGivesExactMessages()
    {
        QStringList expected = {
            QStringLiteral("checklists/bad.yaml:10: 'applies_to' must be one of: household, each_adult, each_child, "
                           "each_member"),
            QStringLiteral("checklists/bad.yaml:11: unknown field 'colour'"),
            QStringLiteral("checklists/bad.yaml:18: a household step cannot have conditions on one person"),
            QStringLiteral("checklists/bad.yaml:19: step 'personal' links to unknown article 'nowhere'"),
            QStringLiteral("checklists/bad.yaml:20: unknown offer category 'bakery'; use one of: residents-office, "
                           "integration-counselling, school-office, language-school, interpreting, health-insurer, "
                           "social-insurance, road-traffic-office, bank, emergency, library, migration-service, "
                           "asylum-social-service, social-services, job-centre, career-advice, tax-office, "
                           "parent-advice, childcare, health-care, legal-advice, victim-help"),
            QStringLiteral("checklists/bad.yaml:27: due dates go round in a circle: loop-a → loop-b → loop-a"),
            QStringLiteral("checklists/bad.yaml:34: due dates go round in a circle: loop-b → loop-a → loop-b"),
            QStringLiteral("checklists/bad.yaml:41: 'permit' takes any of: B, C, L, F, N, S, G"),
            QStringLiteral("checklists/bad.yaml:42: 'due' takes exactly one of days_after_arrival, "
                           "months_after_arrival, months_after_entry, days_after_step, month_day (with "
                           "years_after_arrival, every_year)"),
            QStringLiteral("checklists/bad.yaml:7: duplicate step id 'fine' (also checklists/bad.yaml:1)"),
            QStringLiteral("checklists/bad.yaml:7: step 'fine' is missing required language 'en'"),
            // A step whose "read more" article lacks a required language.
            QStringLiteral("checklists/bad.yaml:49: warning: step 'half-article' links to article 'no-english', "
                           "which has no 'en' text (articles/no-english/en.md)"),
            // Editors' notes in what readers see, in a step title, an article and an offer.
            QStringLiteral("checklists/bad.yaml:53: warning: \"noch zu prüfen\" reads like an editors' note; readers "
                           "must not see it: mark what is unconfirmed with needs_review: true"),
            // Documents that depend on the person: the same conditions as steps, and the same languages each.
            QStringLiteral(
                "checklists/bad.yaml:58: a document of a household step cannot have conditions on one person"),
            QStringLiteral("checklists/bad.yaml:59: every document needs the same languages (de, en)"),
            QStringLiteral("checklists/bad.yaml:66: 'importance' must be legal (a deadline set by law or an "
                           "authority), high or normal"),
            QStringLiteral("checklists/bad.yaml:67: 'every_year' must be true or false"),
            // A site's home page is no source; a step's sources are https too.
            QStringLiteral("checklists/bad.yaml:70: warning: source url 'https://www.bern.ch' is a whole site: cite "
                           "the exact page"),
            QStringLiteral("checklists/bad.yaml:71: source url must start with https://"),
            // Offers: a map point only with its source; none at all is allowed (counted in the summary).
            QStringLiteral("offers/bad.yaml:11: 'location' needs 'source': the exact page the coordinates come from "
                           "(or leave the location out: no map point then)"),
            QStringLiteral("offers/bad.yaml:17: warning: \"Kartenpunkt ist\" reads like an editors' note; readers "
                           "must not see it: mark what is unconfirmed with needs_review: true"),
            QStringLiteral("offers/bad.yaml:18: warning: location source 'https://www.example.org/' is a whole site: "
                           "cite the exact page"),
            QStringLiteral("offers/bad.yaml:19: warning: 'xx' is not a language code the app knows (ISO 639, e.g. "
                           "\"ti\" for Tigrinya)"),
            QStringLiteral("articles/Bad_Slug:1: article folder names must be lower-case letters, digits and dashes"),
            QStringLiteral("articles/bad-yaml/de.md:4: bad YAML: end of sequence flow not found"),
            QStringLiteral("articles/broken-link/de.md:12: broken link 'article:nowhere': no such article"),
            QStringLiteral("articles/broken-link/de.md:14: bad phone link 'tel:031-321': use digits only, e.g. "
                           "tel:+41313215300"),
            QStringLiteral("articles/broken-link/de.md:14: insecure link 'http://example.org': use https://"),
            QStringLiteral("articles/broken-link/de.md:14: unsupported link 'file:///etc/passwd': use article:, "
                           "offer:, tel:, mailto: or https:"),
            QStringLiteral("articles/broken-link/de.md:8: source url must start with https://"),
            QStringLiteral("articles/broken-link/de.md:9: 'reviewed' must be a date like 2026-11-22"),
            QStringLiteral("articles/missing-field/de.md:1: missing field 'summary'"),
            QStringLiteral("articles/missing-field/de.md:9: 'needs_review' must be true or false"),
            QStringLiteral("articles/no-english/de.md:1: missing required language 'en' (articles/no-english/en.md)"),
            QStringLiteral("articles/no-front/de.md:1: missing front matter: the file must start with a line '---'"),
            QStringLiteral("articles/notes/de.md:16: warning: \"können wir noch nicht bestätigen\" reads like an "
                           "editors' note; readers must not see it: mark what is unconfirmed with needs_review: true"),
            QStringLiteral("articles/notes/de.md:3: warning: \"noch geprüft\" reads like an editors' note; readers "
                           "must not see it: mark what is unconfirmed with needs_review: true"),
            QStringLiteral("articles/notes/de.md:8: warning: source url 'https://www.bern.ch/' is a whole site: cite "
                           "the exact page"),
            QStringLiteral("articles/notes/en.md:12: warning: \"map point is\" reads like an editors' note; readers "
                           "must not see it: mark what is unconfirmed with needs_review: true"),
            QStringLiteral("articles/unknown-topic/de.md:4: the translations of 'unknown-topic' name different topics"),
            QStringLiteral("articles/unknown-topic/de.md:4: unknown topic 'nope'"),
            QStringLiteral("site.yaml:17: home article 'alpha' does not exist"),
            QStringLiteral("topics.yaml:1: topic 't-one' is missing required language 'en'"),
        };
        expected.sort();
        QCOMPARE(diagnosticsOf("content-broken"), expected);
    }

    void missingFolderIsReported()
    {
        QList<Diagnostic> diags;
        ContentSource::load(fixture("no-such-folder"), diags);
        QCOMPARE(diags.size(), 1);
        QCOMPARE(diags.first().toString(), QStringLiteral(".:1: not a content folder"));
    }

    void buildWritesCompleteDatabase()
    {
        QTemporaryDir dir;
        const auto out = dir.filePath(QStringLiteral("content.db"));
        QVERIFY(buildFixture(QStringLiteral("content-good"), out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(out);
            QVERIFY(db.open());
            QSqlQuery q(db);
            const auto scalar = [&](const QString &sql) { return q.exec(sql) && q.next() ? q.value(0) : QVariant(); };
            QCOMPARE(scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'version'")).toInt(), 3);
            QCOMPARE(scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'region'")).toString(),
                QStringLiteral("testville"));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 3);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM article_texts")).toInt(), 7);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM topic_texts")).toInt(), 5);
            QCOMPARE(
                scalar(QStringLiteral("SELECT body FROM article_texts WHERE slug='gamma' AND lang='en'")).toString(),
                QStringLiteral("Text only."));
            QCOMPARE(scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QFile stamp(out + QStringLiteral(".stamp"));
        QVERIFY(stamp.open(QIODevice::ReadOnly));
        QVERIFY(stamp.readAll().startsWith("3 "));
    }

    void sourceHashFollowsContent()
    {
        QTemporaryDir dir;
        const auto copy = dir.filePath(QStringLiteral("c"));
        QVERIFY(QProcess::execute(QStringLiteral("cp"), { QStringLiteral("-r"), fixture("content-good"), copy }) == 0);
        QList<Diagnostic> diags;
        const auto before = ContentSource::load(copy, diags).sourceHash();
        QCOMPARE(ContentSource::load(copy, diags).sourceHash(), before);
        QFile f(copy + QStringLiteral("/articles/gamma/en.md"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("More.\n");
        f.close();
        QVERIFY(ContentSource::load(copy, diags).sourceHash() != before);
    }

    void cliValidateReportsAndFails()
    {
        QProcess p;
        p.start(tool(), { QStringLiteral("validate"), fixture("content-broken") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        const auto err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(fixture("content-broken")
                     + QStringLiteral("/articles/unknown-topic/de.md:4: unknown topic 'nope'")),
            qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("33 errors, 10 warnings")), qPrintable(err));

        p.start(tool(), { QStringLiteral("validate"), fixture("content-good") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
    }

    void cliStrictFailsOnWarnings()
    {
        // Offers without a map point are allowed and counted, not warned about.
        QProcess p;
        p.start(tool(), { QStringLiteral("validate"), fixture("content-offers"), QStringLiteral("--strict") });
        QVERIFY(p.waitForFinished(30000));
        auto err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("(2 without a map point)")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("0 errors, 0 warnings")), qPrintable(err));

        // A whole-site source is a warning: it passes, unless warnings count.
        QTemporaryDir copy;
        QVERIFY(copyTree(fixture("content-offers"), copy.path()));
        QFile places(copy.filePath(QStringLiteral("offers/places.yaml")));
        QVERIFY(places.open(QIODevice::ReadOnly));
        auto text = QString::fromUtf8(places.readAll());
        places.close();
        text.replace(
            QStringLiteral("url: https://www.example.org/office"), QStringLiteral("url: https://www.example.org/"));
        QVERIFY(places.open(QIODevice::WriteOnly | QIODevice::Truncate));
        places.write(text.toUtf8());
        places.close();
        p.start(tool(), { QStringLiteral("validate"), copy.path() });
        QVERIFY(p.waitForFinished(30000));
        err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(err.contains(QStringLiteral("0 errors, 1 warnings")), qPrintable(err));

        p.start(tool(), { QStringLiteral("validate"), copy.path(), QStringLiteral("--strict") });
        QVERIFY(p.waitForFinished(30000));
        err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("strict: 1 warnings count as errors")), qPrintable(err));

        p.start(tool(), { QStringLiteral("validate"), fixture("content-good"), QStringLiteral("--strict") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        p.start(tool(), { QStringLiteral("validate"), fixture("content-good"), QStringLiteral("--loose") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
    }

    void cliBuildNeverLeavesAHalfBuiltDatabase()
    {
        QTemporaryDir dir;
        const auto out = dir.filePath(QStringLiteral("content.db"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous build");
        old.close();
        QProcess p;
        p.start(tool(), { QStringLiteral("build"), fixture("content-broken"), QStringLiteral("-o"), out });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("not written")));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous build"));
        old.close();
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));

        p.start(tool(), { QStringLiteral("build"), fixture("content-good"), QStringLiteral("-o"), out });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo(out).size() > 4096);
    }

    void placesAreValidated()
    {
        // The good fixture plus a places.yaml with one good place and four mistakes.
        QTemporaryDir dir;
        for (const auto *f : { "site.yaml", "topics.yaml" }) {
            QVERIFY(QFile::copy(fixture("content-good/") + QLatin1String(f), dir.filePath(QLatin1String(f))));
        }
        QFile places(dir.filePath(QStringLiteral("places.yaml")));
        QVERIFY(places.open(QIODevice::WriteOnly));
        places.write("- {postcode: \"3011\", name: Altstadt, location: {lat: 46.948, lon: 7.450}}\n"
                     "- {postcode: \"30a1\", name: Typo, location: {lat: 46.9, lon: 7.4}}\n"
                     "- {postcode: \"3012\", name: Nowhere}\n"
                     "- {postcode: \"3011\", name: Altstadt, location: {lat: 46.948, lon: 7.450}}\n"
                     "- {postcode: \"3013\", name: Lorraine, location: {lat: 46.958, lon: 7.447}, colour: red}\n");
        places.close();
        QList<Diagnostic> diags;
        const auto source = ContentSource::load(dir.path(), diags);
        QStringList messages;
        for (const auto &d : std::as_const(diags)) {
            if (d.file == QLatin1String("places.yaml")) {
                messages.push_back(d.toString());
            }
        }
        QCOMPARE(messages,
            (QStringList { QStringLiteral("places.yaml:2: postcode '30a1' must be four digits"),
                QStringLiteral("places.yaml:3: 'location' wants {lat: 46.95, lon: 7.44} in degrees"),
                QStringLiteral("places.yaml:4: place '3011 Altstadt' is listed twice"),
                QStringLiteral("places.yaml:5: unknown field 'colour'") }));
        QCOMPARE(source.places.size(), 3); // the first, the typo (reported) and Lorraine
        QCOMPARE(source.places.first().name, QStringLiteral("Altstadt"));
        QCOMPARE(source.places.first().lat, 46.948);
    }

    void cliRejectsBadUsage()
    {
        QProcess p;
        p.start(tool(), { QStringLiteral("frobnicate") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("usage:")));
    }
};

QTEST_GUILESS_MAIN(TestContentSource)
#include "tst_contentsource.moc"
