// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancommands.h"
#include "contentstore.h"
#include "plancode.h"
#include "planqr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const char *command, const QString &message)
{
    err() << command << ": " << message << '\n';
    err().flush();
    return 1;
}

// --name value pairs; repeated names keep every value. Returns false for a stray argument.
bool parseOptions(const QStringList &args, const QStringList &names, QMultiHash<QString, QString> &out,
    QStringList *positional = nullptr)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const auto &a = args[i];
        if (a.startsWith(QLatin1String("--")) && names.contains(a.mid(2)) && i + 1 < args.size()) {
            out.insert(a.mid(2), args[++i]);
        } else if (positional && !a.startsWith(QLatin1String("--"))) {
            positional->push_back(a);
        } else {
            return false;
        }
    }
    return true;
}

bool openStore(ContentStore &store, const QString &path, const char *command)
{
    if (path.isEmpty()) {
        return false;
    }
    if (!store.open(path)) {
        fail(command, QStringLiteral("cannot open %1: %2").arg(path, store.errorString()));
        return false;
    }
    return true;
}

QString sentence(const PlanCode::Decoded &d)
{
    using PlanCode::Error;
    switch (d.error) {
    case Error::NotOurs:
        return QStringLiteral("this is not a Welcome plan code");
    case Error::NewerFormat:
        return QStringLiteral("this plan code was made by a newer version of Welcome; update welcome-content (%1)")
            .arg(d.detail);
    case Error::WrongRegion:
        return QStringLiteral("this plan code is for another region (%1)").arg(d.detail);
    case Error::Damaged:
        return QStringLiteral("the plan code is damaged (%1)").arg(d.detail);
    case Error::Truncated:
        return QStringLiteral("the plan code is incomplete: part of it is missing (%1)").arg(d.detail);
    case Error::TooLarge:
        return QStringLiteral("the plan code is over the size limit (%1)").arg(d.detail);
    case Error::BadSignature:
        return QStringLiteral("the plan code was changed after it was signed (%1)").arg(d.detail);
    case Error::NoCode:
        return QStringLiteral("the image holds no readable QR code");
    case Error::UnreadableImage:
        return QStringLiteral("the image cannot be read");
    case Error::Invalid:
    case Error::None:
        break;
    }
    return d.detail;
}

QString keyFileError(PlanKey::FileError e, const QString &path)
{
    switch (e) {
    case PlanKey::FileError::TooLarge:
    case PlanKey::FileError::NotAKey:
        return QStringLiteral("%1 is not a plan signing key made by `welcome-content keygen --plan`").arg(path);
    case PlanKey::FileError::Exists:
        return QStringLiteral("%1 exists; an existing key is never overwritten").arg(path);
    default:
        return QStringLiteral("cannot read %1").arg(path);
    }
}

QString offerName(const ContentStore &store, const QString &id, const QString &lang)
{
    for (const auto &o : store.offers({}, lang)) {
        if (o.id == id) {
            return o.name;
        }
    }
    return {};
}

} // namespace

int PlanCommands::recommend(const QStringList &args, const QDateTime &now)
{
    const char *cmd = "recommend";
    QMultiHash<QString, QString> o;
    if (!parseOptions(args,
            { QStringLiteral("db"), QStringLiteral("steps"), QStringLiteral("person"), QStringLiteral("due"),
                QStringLiteral("note"), QStringLiteral("point"), QStringLiteral("key"), QStringLiteral("lang"),
                QStringLiteral("qr") },
            o)
        || !o.contains(QStringLiteral("steps"))) {
        return 2;
    }
    for (const auto &single : { "db", "steps", "person", "note", "point", "key", "lang", "qr" }) {
        if (o.count(QLatin1String(single)) > 1) {
            return 2;
        }
    }
    ContentStore store;
    if (!openStore(store, o.value(QStringLiteral("db")), cmd)) {
        return o.value(QStringLiteral("db")).isEmpty() ? 2 : 1;
    }
    const auto lang = o.value(QStringLiteral("lang"), store.defaultLanguage());
    const auto languages = store.languages();
    if (std::none_of(languages.cbegin(), languages.cend(), [&](const Language &l) { return l.code == lang; })) {
        return fail(cmd, QStringLiteral("the content has no language '%1'").arg(lang));
    }
    QHash<QString, ChecklistStep> known;
    for (const auto &s : store.checklistSteps(lang)) {
        known.insert(s.id, s);
    }

    PlanCode::Plan plan;
    plan.region = store.region();
    plan.contentVersion = store.version();
    plan.issued = now.toUTC().date();
    plan.language = o.contains(QStringLiteral("lang")) ? lang : QString();
    plan.note = o.value(QStringLiteral("note"));
    plan.point = o.value(QStringLiteral("point"));
    for (const auto &id : o.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!known.contains(id.trimmed())) {
            return fail(cmd, QStringLiteral("the content has no step '%1'").arg(id.trimmed()));
        }
        plan.steps.push_back({ id.trimmed(), {} });
    }
    const auto person = o.value(QStringLiteral("person"), QStringLiteral("adult"));
    static const QRegularExpression child(QStringLiteral("^child:([0-9]{1,2})-([0-9]{1,2})$"));
    if (const auto m = child.match(person); m.hasMatch()) {
        plan.person = PlanCode::Person::Child;
        plan.minAge = m.captured(1).toInt();
        plan.maxAge = m.captured(2).toInt();
    } else if (person != QLatin1String("adult")) {
        return fail(cmd, QStringLiteral("--person wants adult or child:MIN-MAX, e.g. child:6-11"));
    }
    for (const auto &due : o.values(QStringLiteral("due"))) {
        const auto eq = due.indexOf(QLatin1Char('='));
        const auto id = due.left(eq);
        const auto date = QDate::fromString(due.mid(eq + 1), Qt::ISODate);
        auto it = std::find_if(plan.steps.begin(), plan.steps.end(), [&](const auto &s) { return s.id == id; });
        if (eq < 0 || it == plan.steps.end() || !date.isValid()) {
            return fail(cmd, QStringLiteral("--due wants STEP=YYYY-MM-DD for a step in --steps, not '%1'").arg(due));
        }
        if (date < plan.issued) {
            return fail(
                cmd, QStringLiteral("step '%1' would be due %2, before today").arg(id, date.toString(Qt::ISODate)));
        }
        it->due = date;
    }
    if (!plan.point.isEmpty() && offerName(store, plan.point, lang).isEmpty()) {
        return fail(cmd, QStringLiteral("the content has no offer '%1'").arg(plan.point));
    }

    PlanKey::KeyPair key;
    if (o.contains(QStringLiteral("key"))) {
        const auto path = o.value(QStringLiteral("key"));
        PlanKey::FileError e {};
        const auto read = PlanKey::readFile(path, &e);
        if (!read) {
            return fail(cmd, keyFileError(e, path));
        }
        if (plan.point.isEmpty()) {
            return fail(cmd, QStringLiteral("a signed plan needs --point, the counselling point whose key signs it"));
        }
        key = *read;
        const auto listed = store.planKeys().value(plan.point);
        if (!listed.contains(QString::fromLatin1(key.publicKey.toBase64()))) {
            err() << "recommend: warning: this key is not listed in plan_keys of '" << plan.point
                  << "' in this content; newcomers will see the plan as not verified\n";
        }
    }

    const auto encoded = PlanCode::encode(plan, key);
    if (!encoded.ok()) {
        return fail(cmd, encoded.detail);
    }
    QTextStream out(stdout);
    out << encoded.code << '\n';
    if (!store.linkHost().isEmpty()) {
        out << PlanCode::webLink(encoded.code, store.linkHost()) << '\n';
    }
    out << PlanCode::appLink(encoded.code) << '\n';
    out.flush();

    const auto symbol = PlanQr::encode(encoded.code);
    err() << "recommend: " << plan.steps.size() << " steps, " << (key.isValid() ? "signed" : "not signed") << ", "
          << encoded.code.size() << " characters, QR code version " << symbol.version << " at error correction M";
    if (store.linkHost().isEmpty()) {
        err() << "; the content names no link_host, so there is no web link";
    }
    err() << '\n';
    if (o.contains(QStringLiteral("qr"))) {
        const auto path = o.value(QStringLiteral("qr"));
        QSaveFile file(path);
        if (symbol.image.isNull() || !file.open(QIODevice::WriteOnly) || !symbol.image.save(&file, "PNG")
            || !file.commit()) {
            return fail(cmd, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        }
        err() << "recommend: wrote " << path << '\n';
    }
    err().flush();
    return 0;
}

int PlanCommands::decode(const QStringList &args)
{
    const char *cmd = "decode";
    QMultiHash<QString, QString> o;
    QStringList inputs;
    if (!parseOptions(args, { QStringLiteral("db"), QStringLiteral("lang") }, o, &inputs) || inputs.size() != 1
        || o.count(QStringLiteral("db")) != 1 || o.count(QStringLiteral("lang")) > 1) {
        return 2;
    }
    ContentStore store;
    if (!openStore(store, o.value(QStringLiteral("db")), cmd)) {
        return 1;
    }
    const auto lang = o.value(QStringLiteral("lang"), store.defaultLanguage());
    const auto context = PlanCode::Context::fromStore(store);
    const auto &input = inputs.first();
    const auto d = QFileInfo(input).isFile() ? PlanQr::decodeFile(input, context) : PlanCode::decode(input, context);
    if (!d.ok()) {
        return fail(cmd, sentence(d));
    }
    QHash<QString, QString> titles;
    for (const auto &s : store.checklistSteps(lang)) {
        titles.insert(s.id, s.title);
    }
    const auto &p = d.plan;
    QJsonArray steps;
    for (const auto &s : p.steps) {
        QJsonObject step { { QStringLiteral("id"), s.id }, { QStringLiteral("title"), titles.value(s.id) } };
        if (s.due.isValid()) {
            step.insert(QStringLiteral("due"), s.due.toString(Qt::ISODate));
        }
        steps.push_back(step);
    }
    static const char *verification[] = { "verified", "unsigned", "key-not-listed" };
    QJsonObject json { { QStringLiteral("verification"), QLatin1String(verification[int(d.verification)]) },
        { QStringLiteral("region"), p.region }, { QStringLiteral("content_version"), double(p.contentVersion) },
        { QStringLiteral("newer_content"), d.newerContent },
        { QStringLiteral("issued"), p.issued.toString(Qt::ISODate) },
        { QStringLiteral("person"),
            p.person == PlanCode::Person::Adult
                ? QJsonObject { { QStringLiteral("kind"), QStringLiteral("adult") } }
                : QJsonObject { { QStringLiteral("kind"), QStringLiteral("child") },
                    { QStringLiteral("min_age"), p.minAge }, { QStringLiteral("max_age"), p.maxAge } } },
        { QStringLiteral("steps"), steps },
        { QStringLiteral("unknown_steps"), QJsonArray::fromStringList(d.unknownSteps) },
        { QStringLiteral("note"), p.note } };
    if (!p.point.isEmpty()) {
        json.insert(QStringLiteral("point"), p.point);
    }
    // Only a verified code may name its sender.
    if (d.verified()) {
        json.insert(QStringLiteral("from"), offerName(store, d.verifiedPoint, lang));
    }
    if (!p.language.isEmpty()) {
        json.insert(QStringLiteral("language"), p.language);
    }
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

int PlanCommands::keygen(const QString &dir)
{
    const char *cmd = "keygen";
    if (!QDir().mkpath(dir)) {
        return fail(cmd, QStringLiteral("cannot create %1").arg(dir));
    }
    const auto key = PlanKey::generate();
    const auto path = QDir(dir).filePath(QStringLiteral("plan-signing.key"));
    PlanKey::FileError e {};
    QString why;
    if (!key.isValid() || !PlanKey::writeFile(path, key, &e, &why)) {
        return fail(cmd,
            key.isValid() ? keyFileError(e, path) + QStringLiteral(" (%1)").arg(why)
                          : QStringLiteral("the signature library did not start"));
    }
    const auto publicKey = QString::fromLatin1(key.publicKey.toBase64());
    QSaveFile pub(QDir(dir).filePath(QStringLiteral("plan-signing.pub")));
    if (!pub.open(QIODevice::WriteOnly) || pub.write(publicKey.toLatin1() + '\n') < 0 || !pub.commit()) {
        return fail(cmd, QStringLiteral("cannot write %1: %2").arg(pub.fileName(), pub.errorString()));
    }
    QTextStream(stdout) << publicKey << '\n';
    err() << "keygen: wrote " << path << " (owner-only; give it to the counselling point and to nobody else) and "
          << pub.fileName() << "; add the public key to plan_keys of the counselling point's offer\n";
    err().flush();
    return 0;
}
