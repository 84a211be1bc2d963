// SPDX-License-Identifier: GPL-3.0-or-later
// welcome-content: the editors' tool. validate reports every problem as file:line: message;
// build compiles a content folder into one SQLite file; keygen and publish put signed updates online.
#include "contentbuilder.h"
#include "contentlimits.h"
#include "contentsource.h"
#include "contentstore.h"
#include "limitcheck.h"
#include "plancommands.h"
#include "publisher.h"
#include "searchengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage()
{
    err() << "usage: welcome-content validate DIR [--strict]\n"
             "       welcome-content build DIR -o content.db [--stamp FILE]\n"
             "       welcome-content search --db content.db --lang L QUERY\n"
             "       welcome-content checklist --db content.db --profile profile.json [--lang L]\n"
             "       welcome-content keygen --out DIR\n"
             "       welcome-content publish DIR --key KEY --out OUT [--notes TEXT] [--expires-days N]\n"
             "       welcome-content keygen --plan --out DIR\n"
             "       welcome-content recommend --db content.db --steps ID,ID... [--person adult|child:MIN-MAX]\n"
             "           [--due ID=YYYY-MM-DD]... [--note TEXT] [--point OFFER_ID] [--key FILE] [--lang L] [--qr "
             "FILE.png]\n"
             "       welcome-content decode --db content.db [--lang L] CODE|LINK|FILE.png\n";
    err().flush();
    return 2;
}

// The time written into builds and manifests. SOURCE_DATE_EPOCH makes them reproducible, as packagers expect.
QDateTime now()
{
    bool ok = false;
    const auto epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

// Loads and checks; prints every diagnostic. Returns false on errors, and with @p strict on warnings too.
bool loadChecked(const QString &dir, ContentSource &source, bool quietWarnings = false, bool strict = false)
{
    QList<Diagnostic> diags;
    source = ContentSource::load(dir, diags);
    source.check(diags);
    // What phones would refuse is an error here too: validate, build and publish agree with the app.
    LimitCheck::check(source, diags);
    int errors = 0;
    int warnings = 0;
    for (const auto &d : diags) {
        (d.severity == Diagnostic::Severity::Error ? errors : warnings)++;
        if (d.severity == Diagnostic::Severity::Error || !quietWarnings) {
            err() << d.toString(dir) << '\n';
        }
    }
    const auto unlocated = std::count_if(
        source.offers.cbegin(), source.offers.cend(), [](const SourceOffer &o) { return !o.hasLocation; });
    err() << QStringLiteral("%1: %2 articles, %3 topics, %4 checklist steps, %5 offers (%6 without a map point), %7 "
                            "languages; %8 errors, %9 warnings\n")
                 .arg(dir)
                 .arg(source.articles.size())
                 .arg(source.topics.size())
                 .arg(source.steps.size())
                 .arg(source.offers.size())
                 .arg(unlocated)
                 .arg(source.site.languages.size())
                 .arg(errors)
                 .arg(warnings);
    if (strict && warnings > 0) {
        err() << QStringLiteral("strict: %1 warnings count as errors\n").arg(warnings);
    }
    err().flush();
    return errors == 0 && (!strict || warnings == 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments().mid(1);
    if (args.isEmpty()) {
        return usage();
    }
    const auto &cmd = args.first();
    if (cmd == QLatin1String("validate")
        && (args.size() == 2 || (args.size() == 3 && args[2] == QLatin1String("--strict")))) {
        ContentSource source;
        return loadChecked(args[1], source, false, args.size() == 3) ? 0 : 1;
    }
    if (cmd == QLatin1String("build") && args.size() >= 4) {
        QString out;
        QString stamp;
        for (int i = 2; i + 1 < args.size(); i += 2) {
            if (args[i] == QLatin1String("-o")) {
                out = args[i + 1];
            } else if (args[i] == QLatin1String("--stamp")) {
                stamp = args[i + 1];
            } else {
                return usage();
            }
        }
        if (out.isEmpty() || (args.size() % 2) != 0) {
            return usage();
        }
        ContentSource source;
        if (!loadChecked(args[1], source, true)) {
            err() << "build: not written, fix the errors above\n";
            return 1;
        }
        ContentBuilder builder(source);
        if (!builder.build(out, now()) || (!stamp.isEmpty() && !builder.writeStamp(stamp))) {
            err() << "build: " << builder.errorString() << '\n';
            return 1;
        }
        err() << "build: wrote " << out << " (version " << source.site.version << ")\n";
        return 0;
    }
    if (cmd == QLatin1String("keygen") && args.size() == 4 && args.contains(QLatin1String("--plan"))) {
        const auto out = args.indexOf(QLatin1String("--out"));
        return out > 0 && out + 1 < args.size() && args[out + 1] != QLatin1String("--plan")
            ? PlanCommands::keygen(args[out + 1])
            : usage();
    }
    if (cmd == QLatin1String("recommend") || cmd == QLatin1String("decode")) {
        const int rc = cmd == QLatin1String("recommend") ? PlanCommands::recommend(args.mid(1), now())
                                                         : PlanCommands::decode(args.mid(1));
        return rc == 2 ? usage() : rc;
    }
    if (cmd == QLatin1String("keygen") && args.size() == 3 && args[1] == QLatin1String("--out")) {
        QString publicKey;
        QString error;
        if (!Publisher::generateKey(args[2], &publicKey, &error)) {
            err() << "keygen: " << error << '\n';
            return 1;
        }
        QTextStream(stdout) << publicKey << '\n';
        err() << "keygen: wrote " << args[2] << "/welcome-signing.key (keep it secret) and welcome-signing.pub; "
              << "add the public key to trusted_keys in site.yaml\n";
        return 0;
    }
    if (cmd == QLatin1String("publish") && args.size() >= 6) {
        QString key;
        QString out;
        QString notes;
        int expiresDays = ContentLimits::defaultExpiryDays;
        for (int i = 2; i < args.size(); i += 2) {
            if (i + 1 >= args.size()) {
                return usage();
            }
            bool ok = true;
            if (args[i] == QLatin1String("--key")) {
                key = args[i + 1];
            } else if (args[i] == QLatin1String("--out")) {
                out = args[i + 1];
            } else if (args[i] == QLatin1String("--notes")) {
                notes = args[i + 1];
            } else if (args[i] == QLatin1String("--expires-days")) {
                expiresDays = args[i + 1].toInt(&ok);
            } else {
                ok = false;
            }
            if (!ok) {
                return usage();
            }
        }
        if (key.isEmpty() || out.isEmpty()) {
            return usage();
        }
        ContentSource source;
        if (!loadChecked(args[1], source, true)) {
            err() << "publish: nothing published, fix the errors above\n";
            return 1;
        }
        Publisher publisher(source, key);
        const auto result = publisher.publish(out, notes, expiresDays, now());
        if (!result.ok) {
            err() << "publish: " << result.message << '\n';
            return 1;
        }
        err() << "publish: " << source.site.region << " version " << result.version << ", " << result.objects
              << " objects, " << result.written << " new, expires in " << expiresDays << " days\n";
        return 0;
    }
    if (cmd == QLatin1String("search") && args.size() == 6 && args[1] == QLatin1String("--db")
        && args[3] == QLatin1String("--lang")) {
        // The app's own search code: editors see exactly what people will find.
        ContentStore store;
        if (!store.open(args[2])) {
            err() << "search: " << store.errorString() << '\n';
            return 1;
        }
        const SearchEngine engine(args[2]);
        QTextStream out(stdout);
        for (const auto &r : engine.search(args[5], store.fallbackChain(args[4]))) {
            out << r.kind << '\t' << r.ref << '\t' << r.title
                << (r.shownLang != args[4] ? QStringLiteral(" [%1]").arg(r.shownLang) : QString())
                << (r.fuzzy ? QStringLiteral(" (~)") : QString()) << '\n';
        }
        return 0;
    }
    if (cmd == QLatin1String("checklist") && (args.size() == 5 || args.size() == 7) && args[1] == QLatin1String("--db")
        && args[3] == QLatin1String("--profile") && (args.size() == 5 || args[5] == QLatin1String("--lang"))) {
        // The app's own rule code: editors test their rules against a household described in JSON.
        ContentStore store;
        if (!store.open(args[2])) {
            err() << "checklist: " << store.errorString() << '\n';
            return 1;
        }
        QFile file(args[4]);
        if (!file.open(QIODevice::ReadOnly)) {
            err() << "checklist: cannot read " << args[4] << ": " << file.errorString() << '\n';
            return 1;
        }
        QJsonParseError parseError;
        const auto doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QString error = parseError.error == QJsonParseError::NoError ? QString() : parseError.errorString();
        const auto household = doc.isObject() ? Household::fromJson(doc.object(), &error) : std::nullopt;
        if (!household) {
            err() << "checklist: " << args[4] << ": " << (error.isEmpty() ? QStringLiteral("not a JSON object") : error)
                  << '\n';
            return 1;
        }
        const auto steps = store.checklistSteps(args.size() == 7 ? args[6] : store.defaultLanguage());
        QTextStream out(stdout);
        for (const auto &p : ChecklistRules::plan(*household, steps)) {
            out << p.member << '\t' << p.recordId() << '\t'
                << (p.due.isValid() ? p.due.toString(Qt::ISODate) : QStringLiteral("-")) << '\t' << p.step->title
                << '\n';
        }
        return 0;
    }
    return usage();
}
