// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentsource.h"
#include "contentschema.h"
#include "plankey.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

// Sentences editors write to each other, not to readers. What is unverified is marked needs_review: true and the
// app says so in the reader's language; such a sentence in the text itself is a mistake.
const QList<QRegularExpression> &editorsNotePatterns()
{
    static const QList<QRegularExpression> patterns = [] {
        const QStringList texts = {
            // German
            QStringLiteral("noch (nicht )?gepr(ü|ue)ft"),
            QStringLiteral("noch zu pr(ü|ue)fen"),
            QStringLiteral("(können|koennen) wir (noch )?nicht bestätigen"),
            QStringLiteral("noch nicht bestätigt"),
            QStringLiteral("ist uns (noch )?nicht (ganz )?klar"),
            QStringLiteral("Kartenpunkt ist"),
            QStringLiteral("Adresse (fehlt|ist noch nicht)"),
            // French
            QStringLiteral("reste(nt)? à vérifier"),
            QStringLiteral("pas encore (été )?vérifié"),
            QStringLiteral("ne pouvons pas (encore )?confirmer"),
            QStringLiteral("pas encore confirmé"),
            QStringLiteral("point (sur la|de la) carte est"),
            QStringLiteral("adresse (manque|n'est pas encore)"),
            // English
            QStringLiteral("still being (checked|verified)"),
            QStringLiteral("(cannot|can't|can not) (yet )?confirm"),
            QStringLiteral("not (yet )?(been )?confirmed yet"),
            QStringLiteral("is not (fully |yet )?clear to us"),
            QStringLiteral("map point is"),
            QStringLiteral("(address|location) is (still )?missing"),
            QStringLiteral("not confirmed yet"),
            QStringLiteral("to be (checked|verified)"),
        };
        QList<QRegularExpression> out;
        for (const auto &t : texts) {
            out.push_back(QRegularExpression(t, QRegularExpression::CaseInsensitiveOption));
        }
        return out;
    }();
    return patterns;
}

// A source must be the page that says it, not a site's home page.
bool isWholeSite(const QString &url)
{
    const QUrl u(url);
    return u.isValid() && !u.host().isEmpty() && (u.path().isEmpty() || u.path() == QLatin1String("/")) && !u.hasQuery()
        && !u.hasFragment();
}

struct Reader
{
    QList<Diagnostic> &diags;
    QString file;
    int lineOffset = 0; // YAML line 0 is this file line minus one

    int lineOf(const YAML::Node &n) const { return n.Mark().line + 1 + lineOffset; }
    void error(int line, const QString &message) const { diags.push_back({ file, line, message }); }
    void warning(int line, const QString &message) const
    {
        diags.push_back({ file, line, message, Diagnostic::Severity::Warning });
    }

    std::optional<YAML::Node> parse(const QByteArray &text) const
    {
        try {
            return YAML::Load(text.toStdString());
        } catch (const YAML::Exception &e) {
            error(e.mark.line + 1 + lineOffset, QStringLiteral("bad YAML: %1").arg(q(e.msg)));
            return std::nullopt;
        }
    }

    // A required scalar string field of a map.
    QString string(const YAML::Node &map, const char *key, int mapLine) const
    {
        const auto n = map[key];
        if (!n) {
            error(mapLine, QStringLiteral("missing field '%1'").arg(QLatin1String(key)));
            return {};
        }
        if (!n.IsScalar() || n.Scalar().empty()) {
            error(lineOf(n), QStringLiteral("field '%1' must be a non-empty text").arg(QLatin1String(key)));
            return {};
        }
        return q(n.Scalar()).trimmed();
    }

    QStringList stringList(const YAML::Node &n, const QString &what) const
    {
        QStringList out;
        if (!n.IsSequence()) {
            error(lineOf(n), QStringLiteral("'%1' must be a list").arg(what));
            return out;
        }
        for (const auto &item : n) {
            if (!item.IsScalar() || item.Scalar().empty()) {
                error(lineOf(item), QStringLiteral("'%1' entries must be texts").arg(what));
                continue;
            }
            out.push_back(q(item.Scalar()).trimmed());
        }
        return out;
    }

    // A map of language → text, e.g. a topic's names.
    QMap<QString, QString> perLanguage(const YAML::Node &map, const char *key, int mapLine) const
    {
        QMap<QString, QString> out;
        const auto n = map[key];
        if (!n) {
            error(mapLine, QStringLiteral("missing field '%1'").arg(QLatin1String(key)));
            return out;
        }
        if (!n.IsMap()) {
            error(lineOf(n), QStringLiteral("field '%1' must map language codes to texts").arg(QLatin1String(key)));
            return out;
        }
        for (const auto &kv : n) {
            if (!kv.second.IsScalar() || kv.second.Scalar().empty()) {
                error(lineOf(kv.second),
                    QStringLiteral("'%1.%2' must be a non-empty text")
                        .arg(QLatin1String(key), q(kv.first.as<std::string>())));
                continue;
            }
            out.insert(q(kv.first.as<std::string>()), q(kv.second.Scalar()).trimmed());
        }
        return out;
    }

    void unknownKeys(const YAML::Node &map, const QSet<QString> &known) const
    {
        for (const auto &kv : map) {
            const auto key = q(kv.first.as<std::string>());
            if (!known.contains(key)) {
                error(lineOf(kv.first), QStringLiteral("unknown field '%1'").arg(key));
            }
        }
    }

    // A warning for text readers see that reads like a note between editors.
    void editorsNote(int line, const QString &text) const
    {
        for (const auto &re : editorsNotePatterns()) {
            const auto m = re.match(text);
            if (m.hasMatch()) {
                warning(line,
                    QStringLiteral("\"%1\" reads like an editors' note; readers must not see it: mark what is "
                                   "unconfirmed with needs_review: true")
                        .arg(m.captured(0)));
                return;
            }
        }
    }

    // The same for every language of a per-language field, each at its own line.
    void editorsNotes(const YAML::Node &map, const char *key) const
    {
        const auto n = map[key];
        if (n && n.IsMap()) {
            for (const auto &kv : n) {
                if (kv.second.IsScalar()) {
                    editorsNote(lineOf(kv.second), q(kv.second.Scalar()));
                }
            }
        }
    }

    // Reads a list of {title, url}: https only, and a warning for a site's home page.
    QList<Source> sources(const YAML::Node &list) const
    {
        QList<Source> out;
        for (const auto &s : list) {
            const int line = lineOf(s);
            if (!s.IsMap()) {
                error(line, QStringLiteral("a source needs 'title' and 'url'"));
                continue;
            }
            Source src { string(s, "title", line), string(s, "url", line) };
            checkUrl(s["url"] ? lineOf(s["url"]) : line, src.url, QStringLiteral("source url"));
            out.push_back(src);
        }
        return out;
    }

    void checkUrl(int line, const QString &url, const QString &what) const
    {
        if (url.isEmpty()) {
            return;
        }
        if (!url.startsWith(QLatin1String("https://"))) {
            error(line, QStringLiteral("%1 must start with https://").arg(what));
        } else if (isWholeSite(url)) {
            warning(line, QStringLiteral("%1 '%2' is a whole site: cite the exact page").arg(what, url));
        }
    }
};

QByteArray readFile(const QString &path, QList<Diagnostic> &diags, const QString &rel)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        diags.push_back({ rel, 1, QStringLiteral("cannot read: %1").arg(f.errorString()) });
        return {};
    }
    return f.readAll();
}

const QRegularExpression &slugPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}

void loadSite(const QString &dir, SourceSite &site, QList<Diagnostic> &diags)
{
    const auto rel = QStringLiteral("site.yaml");
    if (!QFile::exists(QDir(dir).filePath(rel))) {
        diags.push_back({ rel, 1, QStringLiteral("missing file") });
        return;
    }
    const Reader r { diags, rel };
    const auto root = r.parse(readFile(QDir(dir).filePath(rel), diags, rel));
    if (!root) {
        return;
    }
    if (!root->IsMap()) {
        r.error(1, QStringLiteral("site.yaml must be a map of fields"));
        return;
    }
    r.unknownKeys(*root,
        { QStringLiteral("region"), QStringLiteral("version"), QStringLiteral("names"),
            QStringLiteral("required_languages"), QStringLiteral("languages"), QStringLiteral("trusted_keys"),
            QStringLiteral("home_articles"), QStringLiteral("center"), QStringLiteral("tiles"),
            QStringLiteral("update_url"), QStringLiteral("link_host") });
    site.region = r.string(*root, "region", 1);
    if (!site.region.isEmpty() && !slugPattern().match(site.region).hasMatch()) {
        r.error(r.lineOf((*root)["region"]), QStringLiteral("region must be lower-case letters, digits and dashes"));
    }
    const auto version = r.string(*root, "version", 1);
    bool ok = false;
    site.version = version.toLongLong(&ok);
    if (!version.isEmpty() && (!ok || site.version <= 0)) {
        r.error(r.lineOf((*root)["version"]), QStringLiteral("version must be a positive whole number"));
    }
    site.names = r.perLanguage(*root, "names", 1);
    if (const auto n = (*root)["required_languages"]) {
        site.requiredLanguages = r.stringList(n, QStringLiteral("required_languages"));
    } else {
        r.error(1, QStringLiteral("missing field 'required_languages'"));
    }
    if (const auto n = (*root)["trusted_keys"]) {
        site.trustedKeys = r.stringList(n, QStringLiteral("trusted_keys"));
    }
    if (const auto n = (*root)["home_articles"]) {
        site.homeArticles = r.stringList(n, QStringLiteral("home_articles"));
        site.homeArticlesLine = r.lineOf(n);
    }
    if (const auto c = (*root)["center"]) {
        bool okLat = false;
        bool okLon = false;
        site.centerLat = c.IsMap() && c["lat"] ? q(c["lat"].as<std::string>()).toDouble(&okLat) : 0;
        site.centerLon = c.IsMap() && c["lon"] ? q(c["lon"].as<std::string>()).toDouble(&okLon) : 0;
        if (!okLat || !okLon || std::abs(site.centerLat) > 85.05 || std::abs(site.centerLon) > 180) {
            r.error(r.lineOf(c), QStringLiteral("'center' wants {lat: 46.95, lon: 7.44} in degrees"));
        }
    }
    if (const auto t = (*root)["tiles"]) {
        const int line = r.lineOf(t);
        if (!t.IsMap()) {
            r.error(line, QStringLiteral("'tiles' wants {url, attribution, max_zoom}"));
        } else {
            r.unknownKeys(t, { QStringLiteral("url"), QStringLiteral("attribution"), QStringLiteral("max_zoom") });
            site.tileUrl = r.string(t, "url", line);
            site.tileAttribution = r.string(t, "attribution", line);
            if (t["max_zoom"]) {
                bool okZoom = false;
                site.tileMaxZoom = q(t["max_zoom"].as<std::string>()).toInt(&okZoom);
                if (!okZoom || site.tileMaxZoom < 1 || site.tileMaxZoom > 22) {
                    r.error(r.lineOf(t["max_zoom"]), QStringLiteral("tiles: max_zoom must be 1 to 22"));
                }
            }
            // The map shows the attribution at all times; a tile server without one may not be used.
            if (!site.tileUrl.startsWith(QLatin1String("https://")) || !site.tileUrl.contains(QLatin1String("{z}"))
                || !site.tileUrl.contains(QLatin1String("{x}")) || !site.tileUrl.contains(QLatin1String("{y}"))) {
                r.error(line, QStringLiteral("tiles: url must be https:// with {z}, {x} and {y}"));
            }
            if (site.tileAttribution.isEmpty()) {
                r.error(line, QStringLiteral("tiles: attribution is required"));
            }
        }
    }
    if (const auto u = (*root)["update_url"]) {
        site.updateUrl = q(u.as<std::string>());
        if (!site.updateUrl.isEmpty() && !site.updateUrl.startsWith(QLatin1String("https://"))) {
            r.error(r.lineOf(u), QStringLiteral("update_url must start with https://"));
        }
    }
    if (const auto h = (*root)["link_host"]) {
        static const QRegularExpression host(QStringLiteral("^([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}$"));
        site.linkHost = q(h.as<std::string>());
        if (!site.linkHost.isEmpty() && !host.match(site.linkHost).hasMatch()) {
            r.error(r.lineOf(h), QStringLiteral("link_host wants a host name only, e.g. welcome-bern.ch"));
        }
    }
    const auto langs = (*root)["languages"];
    if (!langs || !langs.IsSequence() || langs.size() == 0) {
        r.error(langs ? r.lineOf(langs) : 1, QStringLiteral("'languages' must be a non-empty list"));
        return;
    }
    static const QRegularExpression codePattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]+)?$"));
    for (const auto &l : langs) {
        const int line = r.lineOf(l);
        if (!l.IsMap()) {
            r.error(line, QStringLiteral("a language needs 'code' and 'name'"));
            continue;
        }
        r.unknownKeys(l,
            { QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("direction"),
                QStringLiteral("fallback") });
        Language lang;
        lang.code = r.string(l, "code", line);
        lang.name = r.string(l, "name", line);
        if (!lang.code.isEmpty() && !codePattern.match(lang.code).hasMatch()) {
            r.error(line, QStringLiteral("'%1' is not a language code").arg(lang.code));
        }
        if (const auto d = l["direction"]) {
            const auto direction = q(d.as<std::string>());
            if (direction != QLatin1String("rtl") && direction != QLatin1String("ltr")) {
                r.error(r.lineOf(d), QStringLiteral("direction must be 'ltr' or 'rtl'"));
            }
            lang.rightToLeft = direction == QLatin1String("rtl");
        }
        if (const auto f = l["fallback"]) {
            lang.fallback = r.stringList(f, QStringLiteral("fallback"));
        }
        site.languages.push_back(lang);
    }
}

void loadTopics(const QString &dir, QList<SourceTopic> &topics, QList<Diagnostic> &diags)
{
    const auto rel = QStringLiteral("topics.yaml");
    if (!QFile::exists(QDir(dir).filePath(rel))) {
        diags.push_back({ rel, 1, QStringLiteral("missing file") });
        return;
    }
    const Reader r { diags, rel };
    const auto root = r.parse(readFile(QDir(dir).filePath(rel), diags, rel));
    if (!root) {
        return;
    }
    if (!root->IsSequence()) {
        r.error(1, QStringLiteral("topics.yaml must be a list of topics"));
        return;
    }
    QSet<QString> seen;
    for (const auto &t : *root) {
        SourceTopic topic;
        topic.line = r.lineOf(t);
        if (!t.IsMap()) {
            r.error(topic.line, QStringLiteral("a topic needs 'id', 'icon', 'name' and 'description'"));
            continue;
        }
        r.unknownKeys(
            t, { QStringLiteral("id"), QStringLiteral("icon"), QStringLiteral("name"), QStringLiteral("description") });
        topic.id = r.string(t, "id", topic.line);
        topic.icon = r.string(t, "icon", topic.line);
        if (!topic.icon.isEmpty() && !ContentSchema::topicIcons().contains(topic.icon)) {
            r.error(r.lineOf(t["icon"]),
                QStringLiteral("unknown icon '%1'; the app has: %2")
                    .arg(topic.icon, ContentSchema::topicIcons().join(QStringLiteral(", "))));
        }
        topic.names = r.perLanguage(t, "name", topic.line);
        topic.descriptions = r.perLanguage(t, "description", topic.line);
        if (topic.id.isEmpty()) {
            continue;
        }
        if (!slugPattern().match(topic.id).hasMatch()) {
            r.error(topic.line,
                QStringLiteral("topic id '%1' must be lower-case letters, digits and dashes").arg(topic.id));
        }
        if (seen.contains(topic.id)) {
            r.error(topic.line, QStringLiteral("duplicate topic '%1'").arg(topic.id));
            continue;
        }
        seen.insert(topic.id);
        topics.push_back(topic);
    }
}

void loadSynonyms(const QString &dir, QList<QStringList> &groups, QList<Diagnostic> &diags)
{
    const auto rel = QStringLiteral("synonyms.yaml");
    if (!QFile::exists(QDir(dir).filePath(rel))) {
        return; // optional
    }
    const Reader r { diags, rel };
    const auto root = r.parse(readFile(QDir(dir).filePath(rel), diags, rel));
    if (!root) {
        return;
    }
    if (!root->IsSequence()) {
        r.error(1, QStringLiteral("synonyms.yaml must be a list of lists, e.g. - [Krankenkasse, health insurance]"));
        return;
    }
    for (const auto &g : *root) {
        const auto terms = r.stringList(g, QStringLiteral("synonym group"));
        if (g.IsSequence() && terms.size() < 2) {
            r.error(r.lineOf(g), QStringLiteral("a synonym group needs at least two terms"));
            continue;
        }
        groups.push_back(terms);
    }
}

// YAML scalars keep their natural JSON type: true/false, whole numbers, else text.
QJsonValue yamlToJson(const YAML::Node &n)
{
    if (n.IsMap()) {
        QJsonObject o;
        for (const auto &kv : n) {
            o.insert(q(kv.first.as<std::string>()), yamlToJson(kv.second));
        }
        return o;
    }
    if (n.IsSequence()) {
        QJsonArray a;
        for (const auto &item : n) {
            a.push_back(yamlToJson(item));
        }
        return a;
    }
    if (!n.IsScalar()) {
        return {};
    }
    const auto text = q(n.Scalar());
    if (n.Tag() != "!") { // a quoted scalar stays text
        if (text == QLatin1String("true") || text == QLatin1String("false")) {
            return text == QLatin1String("true");
        }
        bool ok = false;
        const auto i = text.toInt(&ok);
        if (ok) {
            return i;
        }
        const auto d = text.toDouble(&ok);
        if (ok) {
            return d;
        }
    }
    return text;
}

const QStringList &offerCategories()
{
    static const QStringList c = { QStringLiteral("residents-office"), QStringLiteral("integration-counselling"),
        QStringLiteral("school-office"), QStringLiteral("language-school"), QStringLiteral("interpreting"),
        QStringLiteral("health-insurer"), QStringLiteral("social-insurance"), QStringLiteral("road-traffic-office"),
        QStringLiteral("bank"), QStringLiteral("emergency"), QStringLiteral("library"),
        QStringLiteral("migration-service"), QStringLiteral("asylum-social-service"), QStringLiteral("social-services"),
        QStringLiteral("job-centre"), QStringLiteral("career-advice"), QStringLiteral("tax-office"),
        QStringLiteral("parent-advice"), QStringLiteral("childcare"), QStringLiteral("health-care"),
        QStringLiteral("legal-advice"), QStringLiteral("victim-help") };
    return c;
}

// Documents to bring, in one of two forms. A map of language → list ({de: [Pass], en: [Passport]}) is for everyone
// the step is for. A list of documents, each with its languages and optionally whom it is for
// (- {de: Visum, en: Visa, when: {eu_efta: false}}), lets a document depend on the person's situation.
void loadDocuments(const Reader &r, const YAML::Node &d, SourceStep &s)
{
    if (d.IsMap()) {
        QSet<qsizetype> counts;
        for (const auto &kv : d) {
            const auto items = r.stringList(kv.second, QStringLiteral("documents"));
            counts.insert(items.size());
            for (const auto &item : kv.second) {
                if (item.IsScalar()) {
                    r.editorsNote(r.lineOf(item), q(item.Scalar()));
                }
            }
            s.documents.insert(q(kv.first.as<std::string>()), items);
        }
        if (counts.size() > 1) {
            r.error(r.lineOf(d), QStringLiteral("'documents' lists a different number of items per language"));
        }
        return;
    }
    if (!d.IsSequence()) {
        r.error(r.lineOf(d), QStringLiteral("'documents' maps language codes to lists, or lists documents"));
        return;
    }
    QStringList languages; // those of the first document: every other must have the same
    for (const auto &item : d) {
        const int line = r.lineOf(item);
        if (!item.IsMap()) {
            r.error(line, QStringLiteral("a document maps language codes to texts, with an optional 'when'"));
            continue;
        }
        QMap<QString, QString> texts;
        StepConditions when;
        bool ok = true;
        for (const auto &kv : item) {
            const auto key = q(kv.first.as<std::string>());
            if (key == QLatin1String("when")) {
                QString error;
                const auto c = kv.second.IsMap() ? StepConditions::fromJson(yamlToJson(kv.second).toObject(), &error)
                                                 : std::nullopt;
                if (!c) {
                    r.error(r.lineOf(kv.second),
                        kv.second.IsMap() ? error : QStringLiteral("'when' must be a map of conditions"));
                    ok = false;
                } else if (c->isPersonal() && s.appliesTo == QLatin1String("household")) {
                    r.error(r.lineOf(kv.second),
                        QStringLiteral("a document of a household step cannot have conditions on one person"));
                    ok = false;
                } else {
                    when = *c;
                }
            } else if (!kv.second.IsScalar() || kv.second.Scalar().empty()) {
                r.error(r.lineOf(kv.second), QStringLiteral("document text '%1' must be a non-empty text").arg(key));
                ok = false;
            } else {
                texts.insert(key, q(kv.second.Scalar()).trimmed());
                r.editorsNote(r.lineOf(kv.second), q(kv.second.Scalar()));
            }
        }
        if (languages.isEmpty()) {
            languages = texts.keys();
        }
        if (texts.keys() != languages) {
            r.error(line,
                QStringLiteral("every document needs the same languages (%1)")
                    .arg(languages.join(QStringLiteral(", "))));
            ok = false;
        }
        if (!ok) {
            continue;
        }
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            s.documents[it.key()].push_back(it.value());
        }
        s.documentConditions.push_back(when);
    }
}

void loadStep(const Reader &r, const YAML::Node &n, SourceStep &s)
{
    r.unknownKeys(n,
        { QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("article"),
            QStringLiteral("offer_category"), QStringLiteral("documents"), QStringLiteral("applies_to"),
            QStringLiteral("when"), QStringLiteral("due"), QStringLiteral("remind_days_before"),
            QStringLiteral("importance"), QStringLiteral("needs_review"), QStringLiteral("sources") });
    s.id = r.string(n, "id", s.line);
    if (!s.id.isEmpty() && !slugPattern().match(s.id).hasMatch()) {
        r.error(s.line, QStringLiteral("step id '%1' must be lower-case letters, digits and dashes").arg(s.id));
    }
    s.titles = r.perLanguage(n, "title", s.line);
    s.descriptions = r.perLanguage(n, "description", s.line);
    r.editorsNotes(n, "title");
    r.editorsNotes(n, "description");
    if (const auto a = n["article"]) {
        s.article = q(a.as<std::string>());
        s.articleLine = r.lineOf(a);
    }
    if (const auto c = n["offer_category"]) {
        s.offerCategory = q(c.as<std::string>());
        if (!offerCategories().contains(s.offerCategory)) {
            r.error(r.lineOf(c),
                QStringLiteral("unknown offer category '%1'; use one of: %2")
                    .arg(s.offerCategory, offerCategories().join(QStringLiteral(", "))));
        }
    }
    s.appliesTo = r.string(n, "applies_to", s.line);
    if (const auto d = n["documents"]) {
        loadDocuments(r, d, s);
    }
    static const QStringList who = { QStringLiteral("household"), QStringLiteral("each_adult"),
        QStringLiteral("each_child"), QStringLiteral("each_member") };
    if (!s.appliesTo.isEmpty() && !who.contains(s.appliesTo)) {
        r.error(r.lineOf(n["applies_to"]),
            QStringLiteral("'applies_to' must be one of: %1").arg(who.join(QStringLiteral(", "))));
    }
    QString error;
    if (const auto w = n["when"]) {
        const auto c = w.IsMap() ? StepConditions::fromJson(yamlToJson(w).toObject(), &error) : std::nullopt;
        if (!c) {
            r.error(r.lineOf(w), w.IsMap() ? error : QStringLiteral("'when' must be a map of conditions"));
        } else {
            s.when = *c;
            if (c->isPersonal() && s.appliesTo == QLatin1String("household")) {
                r.error(r.lineOf(w), QStringLiteral("a household step cannot have conditions on one person"));
            }
        }
    }
    if (const auto d = n["due"]) {
        s.dueLine = r.lineOf(d);
        const auto rule = d.IsMap() ? DueRule::fromJson(yamlToJson(d).toObject(), &error) : std::nullopt;
        if (!rule) {
            r.error(s.dueLine, d.IsMap() ? error : QStringLiteral("'due' must be a map"));
        } else {
            s.due = *rule;
        }
    }
    if (const auto rd = n["remind_days_before"]) {
        bool ok = false;
        s.remindDaysBefore = q(rd.as<std::string>()).toInt(&ok);
        if (!ok || s.remindDaysBefore < 0) {
            r.error(r.lineOf(rd), QStringLiteral("'remind_days_before' must be a whole number ≥ 0"));
        }
    }
    if (const auto im = n["importance"]) {
        const auto importance = ChecklistStep::importanceFromString(q(im.as<std::string>()));
        if (!importance) {
            r.error(r.lineOf(im),
                QStringLiteral("'importance' must be legal (a deadline set by law or an authority), high or normal"));
        } else {
            s.importance = *importance;
        }
    }
    if (const auto nr = n["needs_review"]) {
        const auto v = q(nr.as<std::string>());
        if (v != QLatin1String("true") && v != QLatin1String("false")) {
            r.error(r.lineOf(nr), QStringLiteral("'needs_review' must be true or false"));
        }
        s.needsReview = v == QLatin1String("true");
    } else {
        r.error(s.line, QStringLiteral("missing field 'needs_review'"));
    }
    const auto sources = n["sources"];
    if (!sources || !sources.IsSequence() || sources.size() == 0) {
        r.error(sources ? r.lineOf(sources) : s.line,
            QStringLiteral("'sources' must list at least one source with title and url"));
        return;
    }
    s.sources = r.sources(sources);
}

void loadOffer(const Reader &r, const YAML::Node &n, SourceOffer &o)
{
    r.unknownKeys(n,
        { QStringLiteral("id"), QStringLiteral("category"), QStringLiteral("name"), QStringLiteral("description"),
            QStringLiteral("address"), QStringLiteral("location"), QStringLiteral("hours"),
            QStringLiteral("hours_note"), QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("web"),
            QStringLiteral("languages"), QStringLiteral("free"), QStringLiteral("wheelchair"),
            QStringLiteral("appointment"), QStringLiteral("articles"), QStringLiteral("needs_review"),
            QStringLiteral("sources"), QStringLiteral("plan_keys") });
    o.id = r.string(n, "id", o.line);
    if (!o.id.isEmpty() && !slugPattern().match(o.id).hasMatch()) {
        r.error(o.line, QStringLiteral("offer id '%1' must be lower-case letters, digits and dashes").arg(o.id));
    }
    o.category = r.string(n, "category", o.line);
    if (!o.category.isEmpty() && !offerCategories().contains(o.category)) {
        r.error(r.lineOf(n["category"]),
            QStringLiteral("unknown offer category '%1'; use one of: %2")
                .arg(o.category, offerCategories().join(QStringLiteral(", "))));
    }
    o.names = r.perLanguage(n, "name", o.line);
    o.descriptions = r.perLanguage(n, "description", o.line);
    r.editorsNotes(n, "name");
    r.editorsNotes(n, "description");
    if (n["hours_note"]) {
        o.hoursNotes = r.perLanguage(n, "hours_note", o.line);
        r.editorsNotes(n, "hours_note");
    }
    if (const auto a = n["address"]) {
        o.address = yamlToJson(a).toObject();
        for (auto it = o.address.constBegin(); it != o.address.constEnd(); ++it) {
            static const QStringList keys
                = { QStringLiteral("street"), QStringLiteral("postcode"), QStringLiteral("city") };
            if (!keys.contains(it.key()) || it.value().toVariant().toString().isEmpty()) {
                r.error(r.lineOf(a), QStringLiteral("'address' takes street, postcode and city as texts"));
                break;
            }
        }
    }
    // A map point only with the page its coordinates come from; without a location the offer has no point at all.
    if (const auto loc = n["location"]) {
        const auto point = yamlToJson(loc).toObject();
        const auto lat = point.value(QLatin1String("lat"));
        const auto lon = point.value(QLatin1String("lon"));
        const auto source = point.value(QLatin1String("source")).toString();
        const auto keys = point.keys();
        const bool onlyKnownKeys = std::all_of(keys.cbegin(), keys.cend(), [](const QString &k) {
            return k == QLatin1String("lat") || k == QLatin1String("lon") || k == QLatin1String("source");
        });
        if (!lat.isDouble() || !lon.isDouble() || std::abs(lat.toDouble()) > 85.05 || std::abs(lon.toDouble()) > 180
            || !onlyKnownKeys) {
            r.error(r.lineOf(loc),
                QStringLiteral("'location' wants {lat: 46.95, lon: 7.44, source: https://…} in degrees"));
        } else if (source.isEmpty()) {
            r.error(r.lineOf(loc),
                QStringLiteral("'location' needs 'source': the exact page the coordinates come from (or leave "
                               "the location out: no map point then)"));
        } else {
            r.checkUrl(r.lineOf(loc), source, QStringLiteral("location source"));
            o.hasLocation = source.startsWith(QLatin1String("https://"));
            o.lat = lat.toDouble();
            o.lon = lon.toDouble();
            o.locationSource = source;
        }
    }
    // No location is allowed (a helpline, a secret address, a place no source locates): the offer then has no map
    // point, which the summary counts; a location is never guessed.
    if (const auto h = n["hours"]) {
        o.hours = yamlToJson(h).toObject();
        static const QRegularExpression range(
            QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-4]):[0-5][0-9]$"));
        static const QStringList days = { QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
            QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun") };
        for (auto it = o.hours.constBegin(); it != o.hours.constEnd(); ++it) {
            bool ok = it.key() == QLatin1String("always") ? it.value().isBool()
                                                          : days.contains(it.key()) && it.value().isArray();
            for (const auto &v : it.value().toArray()) {
                ok = ok && range.match(v.toString()).hasMatch();
            }
            if (!ok) {
                r.error(r.lineOf(h), QStringLiteral("'hours' takes mon … sun: [\"08:00-12:00\", …] or always: true"));
                break;
            }
        }
    }
    const auto text = [&](const char *key, const QRegularExpression &re, const QString &hint) {
        if (const auto v = n[key]) {
            const auto s = q(v.as<std::string>());
            if (!re.match(s).hasMatch()) {
                r.error(r.lineOf(v), hint);
            }
            return s;
        }
        return QString();
    };
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9]{3,15}$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$"));
    static const QRegularExpression web(QStringLiteral("^https://[^\\s]+$"));
    o.phone = text("phone", phone, QStringLiteral("'phone' wants digits, e.g. \"+41313215300\" or \"144\""));
    o.email = text("email", email, QStringLiteral("'email' is not a mail address"));
    o.web = text("web", web, QStringLiteral("'web' must start with https://"));
    if (const auto l = n["languages"]) {
        o.languages = r.stringList(l, QStringLiteral("languages"));
        // The app names the languages in the reader's language; a code it does not know would show as a code.
        // Dari has no locale data in Qt; the app names it itself (app/ui/languagenames.cpp).
        static const QStringList namedByTheApp = { QStringLiteral("prs") };
        for (const auto &code : o.languages) {
            const auto language = QLocale(code).language();
            if ((language == QLocale::C || language == QLocale::AnyLanguage) && !namedByTheApp.contains(code)) {
                r.warning(r.lineOf(l),
                    QStringLiteral("'%1' is not a language code the app knows (ISO 639, e.g. "
                                   "\"ti\" for Tigrinya)")
                        .arg(code));
            }
        }
    }
    const auto flag = [&](const char *key, std::optional<bool> &out) {
        if (const auto v = n[key]) {
            const auto s = q(v.as<std::string>());
            if (s != QLatin1String("true") && s != QLatin1String("false")) {
                r.error(r.lineOf(v), QStringLiteral("'%1' must be true or false").arg(QLatin1String(key)));
            }
            out = s == QLatin1String("true");
        }
    };
    flag("free", o.free);
    flag("wheelchair", o.wheelchair);
    flag("appointment", o.appointment);
    if (const auto a = n["articles"]) {
        o.articles = r.stringList(a, QStringLiteral("articles"));
        o.articlesLine = r.lineOf(a);
    }
    if (const auto k = n["plan_keys"]) {
        o.planKeys = r.stringList(k, QStringLiteral("plan_keys"));
        o.planKeysLine = r.lineOf(k);
        for (const auto &key : std::as_const(o.planKeys)) {
            if (!PlanKey::parsePublicKey(key)) {
                r.error(o.planKeysLine,
                    QStringLiteral("plan key '%1' is not a base64 Ed25519 public key (32 bytes)").arg(key));
            }
        }
    }
    std::optional<bool> review;
    flag("needs_review", review);
    if (!review) {
        r.error(o.line, QStringLiteral("missing field 'needs_review'"));
    }
    o.needsReview = review.value_or(false);
    const auto sources = n["sources"];
    if (!sources || !sources.IsSequence() || sources.size() == 0) {
        r.error(sources ? r.lineOf(sources) : o.line,
            QStringLiteral("'sources' must list at least one source with title and url"));
        return;
    }
    o.sources = r.sources(sources);
}

void loadOffers(const QString &dir, QList<SourceOffer> &offers, QList<Diagnostic> &diags)
{
    const QDir folder(QDir(dir).filePath(QStringLiteral("offers")));
    for (const auto &f : folder.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name)) {
        const QString rel = QStringLiteral("offers/") + f;
        const Reader r { diags, rel };
        const auto root = r.parse(readFile(folder.filePath(f), diags, rel));
        if (!root) {
            continue;
        }
        if (!root->IsSequence()) {
            r.error(1, QStringLiteral("an offers file must be a list of offers"));
            continue;
        }
        for (const auto &n : *root) {
            SourceOffer o;
            o.file = rel;
            o.line = r.lineOf(n);
            if (!n.IsMap()) {
                r.error(o.line, QStringLiteral("an offer needs id, category, name, description and sources"));
                continue;
            }
            loadOffer(r, n, o);
            offers.push_back(o);
        }
    }
}

// places.yaml: a list of {postcode, name, location: {lat, lon}}; optional.
void loadPlaces(const QString &dir, QList<SourcePlace> &places, QList<Diagnostic> &diags)
{
    const auto rel = QStringLiteral("places.yaml");
    if (!QFile::exists(QDir(dir).filePath(rel))) {
        return;
    }
    const Reader r { diags, rel };
    const auto root = r.parse(readFile(QDir(dir).filePath(rel), diags, rel));
    if (!root) {
        return;
    }
    if (!root->IsSequence()) {
        r.error(1, QStringLiteral("places.yaml must be a list of places"));
        return;
    }
    static const QRegularExpression postcodePattern(QStringLiteral("^[1-9][0-9]{3}$"));
    QSet<QString> seen;
    for (const auto &n : *root) {
        SourcePlace p;
        p.line = r.lineOf(n);
        if (!n.IsMap()) {
            r.error(p.line, QStringLiteral("a place needs postcode, name and location"));
            continue;
        }
        r.unknownKeys(n, { QStringLiteral("postcode"), QStringLiteral("name"), QStringLiteral("location") });
        p.postcode = r.string(n, "postcode", p.line);
        p.name = r.string(n, "name", p.line);
        if (!p.postcode.isEmpty() && !postcodePattern.match(p.postcode).hasMatch()) {
            r.error(p.line, QStringLiteral("postcode '%1' must be four digits").arg(p.postcode));
        }
        const auto loc = n["location"];
        const auto point = loc ? yamlToJson(loc).toObject() : QJsonObject();
        const auto lat = point.value(QLatin1String("lat"));
        const auto lon = point.value(QLatin1String("lon"));
        if (!lat.isDouble() || !lon.isDouble() || std::abs(lat.toDouble()) > 85.05 || std::abs(lon.toDouble()) > 180
            || point.size() != 2) {
            r.error(
                loc ? r.lineOf(loc) : p.line, QStringLiteral("'location' wants {lat: 46.95, lon: 7.44} in degrees"));
            continue;
        }
        p.lat = lat.toDouble();
        p.lon = lon.toDouble();
        if (seen.contains(p.postcode + p.name)) {
            r.error(p.line, QStringLiteral("place '%1 %2' is listed twice").arg(p.postcode, p.name));
            continue;
        }
        seen.insert(p.postcode + p.name);
        places.push_back(p);
    }
}

void loadSteps(const QString &dir, QList<SourceStep> &steps, QList<Diagnostic> &diags)
{
    const QDir folder(QDir(dir).filePath(QStringLiteral("checklists")));
    const auto files = folder.entryList({ QStringLiteral("*.yaml") }, QDir::Files, QDir::Name);
    for (const auto &f : files) {
        const auto rel = QStringLiteral("checklists/") + f;
        const Reader r { diags, rel };
        const auto root = r.parse(readFile(folder.filePath(f), diags, rel));
        if (!root) {
            continue;
        }
        if (!root->IsSequence()) {
            r.error(1, QStringLiteral("a checklist file must be a list of steps"));
            continue;
        }
        for (const auto &n : *root) {
            SourceStep s;
            s.file = rel;
            s.line = r.lineOf(n);
            s.position = int(steps.size());
            if (!n.IsMap()) {
                r.error(s.line, QStringLiteral("a step needs id, title, description, applies_to and sources"));
                continue;
            }
            loadStep(r, n, s);
            steps.push_back(s);
        }
    }
}

const QRegularExpression &linkPattern()
{
    // Markdown inline links and images: [text](target "title")
    static const QRegularExpression re(QStringLiteral("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"));
    return re;
}

// Returns false when the file could not be read far enough to use it.
bool loadArticle(
    const QString &dir, const QString &slug, const QString &lang, QList<SourceArticle> &out, QList<Diagnostic> &diags)
{
    SourceArticle a;
    a.slug = slug;
    a.lang = lang;
    a.file = QStringLiteral("articles/%1/%2.md").arg(slug, lang);
    a.article.slug = slug;
    a.article.lang = lang;
    const auto text = QString::fromUtf8(readFile(QDir(dir).filePath(a.file), diags, a.file));
    Reader r { diags, a.file };
    auto lines = text.split(QLatin1Char('\n'));
    for (auto &l : lines) {
        if (l.endsWith(QLatin1Char('\r'))) {
            l.chop(1);
        }
    }
    if (lines.isEmpty() || lines.first() != QLatin1String("---")) {
        r.error(1, QStringLiteral("missing front matter: the file must start with a line '---'"));
        return false;
    }
    qsizetype end = 1;
    while (end < lines.size() && lines[end] != QLatin1String("---")) {
        ++end;
    }
    if (end >= lines.size()) {
        r.error(1, QStringLiteral("front matter is not closed by a line '---'"));
        return false;
    }
    r.lineOffset = 1;
    const auto fm = r.parse(lines.mid(1, end - 1).join(QLatin1Char('\n')).toUtf8());
    if (!fm) {
        return false;
    }
    if (!fm->IsMap()) {
        r.error(2, QStringLiteral("front matter must be a map of fields"));
        return false;
    }
    r.unknownKeys(*fm,
        { QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("topic"), QStringLiteral("tags"),
            QStringLiteral("sources"), QStringLiteral("reviewed"), QStringLiteral("needs_review") });
    auto &art = a.article;
    art.title = r.string(*fm, "title", 1);
    art.summary = r.string(*fm, "summary", 1);
    for (const char *key : { "title", "summary" }) {
        if (const auto v = (*fm)[key]; v && v.IsScalar()) {
            r.editorsNote(r.lineOf(v), q(v.Scalar()));
        }
    }
    art.topic = r.string(*fm, "topic", 1);
    if (const auto t = (*fm)["topic"]) {
        a.topicLine = r.lineOf(t);
    }
    if (const auto tags = (*fm)["tags"]) {
        art.tags = r.stringList(tags, QStringLiteral("tags"));
    } else {
        r.error(1, QStringLiteral("missing field 'tags'"));
    }
    const auto sources = (*fm)["sources"];
    if (!sources) {
        r.error(1, QStringLiteral("missing field 'sources'"));
    } else if (!sources.IsSequence() || sources.size() == 0) {
        r.error(r.lineOf(sources), QStringLiteral("'sources' must list at least one source with title and url"));
    } else {
        art.sources = r.sources(sources);
    }
    art.reviewed = r.string(*fm, "reviewed", 1);
    if (!art.reviewed.isEmpty() && !QDate::fromString(art.reviewed, Qt::ISODate).isValid()) {
        r.error(r.lineOf((*fm)["reviewed"]), QStringLiteral("'reviewed' must be a date like 2026-11-22"));
    }
    const auto nr = (*fm)["needs_review"];
    if (!nr) {
        r.error(1, QStringLiteral("missing field 'needs_review'"));
    } else {
        const auto v = nr.IsScalar() ? q(nr.Scalar()) : QString();
        if (v != QLatin1String("true") && v != QLatin1String("false")) {
            r.error(r.lineOf(nr), QStringLiteral("'needs_review' must be true or false"));
        }
        art.needsReview = v == QLatin1String("true");
    }
    const auto bodyLines = lines.mid(end + 1);
    art.body = bodyLines.join(QLatin1Char('\n')).trimmed();
    if (art.body.isEmpty()) {
        r.error(int(end) + 1, QStringLiteral("the article has no text after the front matter"));
    }
    for (qsizetype i = 0; i < bodyLines.size(); ++i) {
        auto it = linkPattern().globalMatch(bodyLines[i]);
        while (it.hasNext()) {
            a.links.push_back({ it.next().captured(1), int(end + 2 + i) });
        }
        if (bodyLines[i].startsWith(QLatin1String("# "))) {
            r.warning(int(end + 2 + i), QStringLiteral("level-1 heading in the body: the app shows the title already"));
        }
        r.editorsNote(int(end + 2 + i), bodyLines[i]);
    }
    out.push_back(a);
    return true;
}

} // namespace

QString Diagnostic::toString(const QString &dir) const
{
    const auto path = dir.isEmpty() ? file : QDir(dir).filePath(file);
    return QStringLiteral("%1:%2: %3%4")
        .arg(path)
        .arg(line)
        .arg(severity == Severity::Warning ? QStringLiteral("warning: ") : QString(), message);
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
        [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
}

ContentSource ContentSource::load(const QString &dir, QList<Diagnostic> &diagnostics)
{
    ContentSource src;
    src.dir = dir;
    if (!QFileInfo(dir).isDir()) {
        diagnostics.push_back({ QStringLiteral("."), 1, QStringLiteral("not a content folder") });
        return src;
    }
    loadSite(dir, src.site, diagnostics);
    loadTopics(dir, src.topics, diagnostics);
    loadSynonyms(dir, src.synonyms, diagnostics);
    loadSteps(dir, src.steps, diagnostics);
    loadOffers(dir, src.offers, diagnostics);
    loadPlaces(dir, src.places, diagnostics);
    QDir articles(QDir(dir).filePath(QStringLiteral("articles")));
    const auto slugs = articles.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const auto &slug : slugs) {
        if (!slugPattern().match(slug).hasMatch()) {
            diagnostics.push_back({ QStringLiteral("articles/%1").arg(slug), 1,
                QStringLiteral("article folder names must be lower-case letters, digits and dashes") });
            continue;
        }
        const auto files = QDir(articles.filePath(slug)).entryList({ QStringLiteral("*.md") }, QDir::Files, QDir::Name);
        if (files.isEmpty()) {
            diagnostics.push_back(
                { QStringLiteral("articles/%1").arg(slug), 1, QStringLiteral("article has no files") });
        }
        for (const auto &f : files) {
            if (!loadArticle(dir, slug, f.chopped(3), src.articles, diagnostics)) {
                src.unreadable.insert(slug + QLatin1Char('/') + f.chopped(3));
            }
        }
    }
    return src;
}

void ContentSource::check(QList<Diagnostic> &diagnostics) const
{
    QSet<QString> languageCodes;
    for (const auto &l : site.languages) {
        languageCodes.insert(l.code);
    }
    const auto add = [&](const QString &file, int line, const QString &msg) {
        diagnostics.push_back({ file, line, msg });
    };
    for (const auto &l : site.languages) {
        for (const auto &f : l.fallback) {
            if (!languageCodes.contains(f)) {
                add(QStringLiteral("site.yaml"), 1,
                    QStringLiteral("language '%1' falls back to unknown language '%2'").arg(l.code, f));
            }
        }
    }
    for (const auto &r : site.requiredLanguages) {
        if (!languageCodes.contains(r)) {
            add(QStringLiteral("site.yaml"), 1, QStringLiteral("required language '%1' is not in 'languages'").arg(r));
        }
        if (!site.names.contains(r)) {
            add(QStringLiteral("site.yaml"), 1, QStringLiteral("site name missing in required language '%1'").arg(r));
        }
    }
    QSet<QString> topicIds;
    for (const auto &t : topics) {
        topicIds.insert(t.id);
        for (const auto &r : site.requiredLanguages) {
            if (!t.names.contains(r) || !t.descriptions.contains(r)) {
                add(QStringLiteral("topics.yaml"), t.line,
                    QStringLiteral("topic '%1' is missing required language '%2'").arg(t.id, r));
            }
        }
        for (const auto &lang : t.names.keys()) {
            if (!languageCodes.contains(lang)) {
                add(QStringLiteral("topics.yaml"), t.line,
                    QStringLiteral("topic '%1' has unknown language '%2'").arg(t.id, lang));
            }
        }
    }
    QMap<QString, QList<const SourceArticle *>> bySlug;
    for (const auto &a : articles) {
        bySlug[a.slug].push_back(&a);
    }
    for (const auto &a : articles) {
        if (!languageCodes.contains(a.lang)) {
            add(a.file, 1, QStringLiteral("unknown language '%1' (not in site.yaml)").arg(a.lang));
        }
        if (!a.article.topic.isEmpty() && !topicIds.contains(a.article.topic)) {
            add(a.file, a.topicLine, QStringLiteral("unknown topic '%1'").arg(a.article.topic));
        }
        for (const auto &link : a.links) {
            const auto &t = link.target;
            const auto colon = t.indexOf(QLatin1Char(':'));
            const auto scheme = colon < 0 ? QString() : t.left(colon);
            const auto rest = t.mid(colon + 1);
            if (scheme == QLatin1String("article")) {
                if (!bySlug.contains(rest)) {
                    add(a.file, link.line, QStringLiteral("broken link '%1': no such article").arg(t));
                }
            } else if (scheme == QLatin1String("offer")) {
                if (!std::any_of(offers.cbegin(), offers.cend(), [&](const SourceOffer &o) { return o.id == rest; })) {
                    add(a.file, link.line, QStringLiteral("broken link '%1': no such offer").arg(t));
                }
            } else if (scheme == QLatin1String("tel")) {
                static const QRegularExpression tel(QStringLiteral("^\\+?[0-9]{3,15}$"));
                if (!tel.match(rest).hasMatch()) {
                    add(a.file, link.line,
                        QStringLiteral("bad phone link '%1': use digits only, e.g. tel:+41313215300").arg(t));
                }
            } else if (scheme == QLatin1String("mailto")) {
                if (!rest.contains(QLatin1Char('@'))) {
                    add(a.file, link.line, QStringLiteral("bad mail link '%1'").arg(t));
                }
            } else if (scheme == QLatin1String("https")) {
                if (!rest.startsWith(QLatin1String("//")) || rest.size() < 4) {
                    add(a.file, link.line, QStringLiteral("bad web link '%1'").arg(t));
                }
            } else if (scheme == QLatin1String("http")) {
                add(a.file, link.line, QStringLiteral("insecure link '%1': use https://").arg(t));
            } else {
                add(a.file, link.line,
                    QStringLiteral("unsupported link '%1': use article:, offer:, tel:, mailto: or https:").arg(t));
            }
        }
    }
    QHash<QString, const SourceOffer *> offerIds;
    for (const auto &o : offers) {
        if (const auto *other = offerIds.value(o.id)) {
            add(o.file, o.line,
                QStringLiteral("duplicate offer id '%1' (also %2:%3)").arg(o.id, other->file).arg(other->line));
            continue;
        }
        offerIds.insert(o.id, &o);
        for (const auto &r : site.requiredLanguages) {
            if (!o.names.contains(r) || !o.descriptions.contains(r)) {
                add(o.file, o.line, QStringLiteral("offer '%1' is missing required language '%2'").arg(o.id, r));
            }
        }
        for (const auto &a : o.articles) {
            if (!bySlug.contains(a)) {
                add(o.file, o.articlesLine, QStringLiteral("offer '%1' names unknown article '%2'").arg(o.id, a));
            }
        }
    }
    // A plan key belongs to one counselling point: a code signed with it must not be able to claim another.
    QHash<QByteArray, const SourceOffer *> planKeyOwners;
    for (const auto &o : offers) {
        for (const auto &k : o.planKeys) {
            const auto key = PlanKey::parsePublicKey(k);
            if (!key) {
                continue;
            }
            if (const auto *other = planKeyOwners.value(*key)) {
                add(o.file, o.planKeysLine,
                    other == &o ? QStringLiteral("offer '%1' lists plan key '%2' twice").arg(o.id, k)
                                : QStringLiteral("plan key '%1' of offer '%2' is also listed for offer '%3' (%4:%5)")
                                      .arg(k, o.id, other->id, other->file)
                                      .arg(other->planKeysLine));
                continue;
            }
            planKeyOwners.insert(*key, &o);
        }
    }
    QHash<QString, const SourceStep *> stepIds;
    for (const auto &s : steps) {
        if (const auto *other = stepIds.value(s.id)) {
            add(s.file, s.line,
                QStringLiteral("duplicate step id '%1' (also %2:%3)").arg(s.id, other->file).arg(other->line));
            continue;
        }
        stepIds.insert(s.id, &s);
    }
    for (const auto &s : steps) {
        for (const auto &r : site.requiredLanguages) {
            if (!s.titles.contains(r) || !s.descriptions.contains(r)) {
                add(s.file, s.line, QStringLiteral("step '%1' is missing required language '%2'").arg(s.id, r));
            }
        }
        if (!s.article.isEmpty() && !bySlug.contains(s.article)) {
            add(s.file, s.articleLine, QStringLiteral("step '%1' links to unknown article '%2'").arg(s.id, s.article));
        } else if (!s.article.isEmpty()) {
            // "Read more" would open another language than the step's.
            for (const auto &r : site.requiredLanguages) {
                const auto &files = bySlug[s.article];
                if (std::none_of(files.cbegin(), files.cend(), [&](const SourceArticle *a) { return a->lang == r; })
                    && !unreadable.contains(s.article + QLatin1Char('/') + r)) {
                    diagnostics.push_back({ s.file, s.articleLine,
                        QStringLiteral("step '%1' links to article '%2', which has no '%3' text (articles/%2/%3.md)")
                            .arg(s.id, s.article, r),
                        Diagnostic::Severity::Warning });
                }
            }
        }
        // Follow "due after another step": the chain must end, at known steps.
        QStringList seen { s.id };
        for (const SourceStep *at = &s; at && at->due.kind == DueRule::Kind::DaysAfterStep;) {
            const auto next = at->due.step;
            if (!stepIds.contains(next)) {
                add(s.file, s.dueLine, QStringLiteral("step '%1' is due after unknown step '%2'").arg(at->id, next));
                break;
            }
            if (seen.contains(next)) {
                seen.push_back(next);
                add(s.file, s.dueLine,
                    QStringLiteral("due dates go round in a circle: %1").arg(seen.join(QStringLiteral(" → "))));
                break;
            }
            seen.push_back(next);
            at = stepIds.value(next);
        }
    }
    for (const auto &slug : site.homeArticles) {
        if (!bySlug.contains(slug)) {
            add(QStringLiteral("site.yaml"), site.homeArticlesLine,
                QStringLiteral("home article '%1' does not exist").arg(slug));
        }
    }
    for (auto it = bySlug.cbegin(); it != bySlug.cend(); ++it) {
        const auto &files = it.value();
        QSet<QString> langs;
        QSet<QString> topicsOfSlug;
        for (const auto *a : files) {
            langs.insert(a->lang);
            topicsOfSlug.insert(a->article.topic);
        }
        for (const auto &r : site.requiredLanguages) {
            if (!langs.contains(r) && !unreadable.contains(it.key() + QLatin1Char('/') + r)) {
                add(files.first()->file, 1,
                    QStringLiteral("missing required language '%1' (articles/%2/%1.md)").arg(r, it.key()));
            }
        }
        if (topicsOfSlug.size() > 1) {
            add(files.first()->file, files.first()->topicLine,
                QStringLiteral("the translations of '%1' name different topics").arg(it.key()));
        }
        // A translation reviewed before the main-language text may be stale.
        const auto main = std::find_if(files.cbegin(), files.cend(), [&](const SourceArticle *a) {
            return !site.requiredLanguages.isEmpty() && a->lang == site.requiredLanguages.first();
        });
        if (main != files.cend()) {
            for (const auto *a : files) {
                if (a != *main && QDate::fromString(a->article.reviewed, Qt::ISODate).isValid()
                    && QDate::fromString((*main)->article.reviewed, Qt::ISODate).isValid()
                    && a->article.reviewed < (*main)->article.reviewed) {
                    diagnostics.push_back({ a->file, 1,
                        QStringLiteral("translation reviewed %1, before the %2 text (%3): may be stale")
                            .arg(a->article.reviewed, (*main)->lang, (*main)->article.reviewed),
                        Diagnostic::Severity::Warning });
                }
            }
        }
    }
}

QString ContentSource::sourceHash() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // The database layout counts too: a tool that writes new tables makes a different database from the same files.
    h.addData(ContentSchema::createStatements().join(QLatin1Char('\n')).toUtf8());
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        files.push_back(QDir(dir).relativeFilePath(it.next()));
    }
    files.sort();
    for (const auto &f : files) {
        QFile file(QDir(dir).filePath(f));
        if (file.open(QIODevice::ReadOnly)) {
            h.addData(f.toUtf8());
            h.addData(QByteArrayView("\0", 1));
            h.addData(file.readAll());
        }
    }
    return QString::fromLatin1(h.result().toHex());
}
