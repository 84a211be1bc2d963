// SPDX-License-Identifier: GPL-3.0-or-later
// Every interface string is translated in every language: no unfinished, missing or empty entry, every plural form
// filled, the same placeholders as the English source, and the same messages in every .ts file. lrelease only warns
// about most of these, and an empty translation silently falls back to English on the reader's screen.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool hasTranslation = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when the translation is final
    QStringList forms; // the translation, or one entry per plural form
};

struct TsFile
{
    QString name;
    QList<TsMessage> messages;
    QString error;
};

TsFile parseTs(const QString &name, const QByteArray &data)
{
    TsFile file { name, {}, {} };
    QXmlStreamReader xml(data);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto tag = xml.name();
            if (tag == u"context") {
                context.clear();
            } else if (tag == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (tag == u"message") {
                message = TsMessage {};
                message.context = context;
                message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
                inMessage = true;
            } else if (inMessage && tag == u"source") {
                message.source = xml.readElementText();
            } else if (inMessage && tag == u"comment") {
                message.comment = xml.readElementText();
            } else if (inMessage && tag == u"translation") {
                message.hasTranslation = true;
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.forms = { xml.readElementText(QXmlStreamReader::IncludeChildElements) };
            } else if (inMessage && tag == u"numerusform") {
                message.forms.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            file.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError())
        file.error = QStringLiteral("%1: line %2: %3").arg(name).arg(xml.lineNumber()).arg(xml.errorString());
    return file;
}

// %1…%99, %L1 and %n (also %Ln): what QString::arg() and tr()'s plural handling replace.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.removeDuplicates();
    found.sort();
    return found;
}

QString listed(const QStringList &items)
{
    return items.isEmpty() ? QStringLiteral("none") : items.join(QLatin1Char(' '));
}

QString where(const QString &file, const TsMessage &m)
{
    return QStringLiteral("%1: [%2] \"%3\"").arg(file, m.context, m.source);
}

QStringList problemsIn(const TsFile &file)
{
    QStringList problems;
    if (!file.error.isEmpty())
        problems.append(file.error);
    if (file.messages.isEmpty())
        problems.append(QStringLiteral("%1: no messages").arg(file.name));
    qsizetype pluralForms = -1;
    for (const auto &m : file.messages) {
        const auto at = where(file.name, m);
        if (!m.hasTranslation) {
            problems.append(at + QStringLiteral(": no translation"));
            continue;
        }
        if (!m.type.isEmpty())
            problems.append(at + QStringLiteral(": marked %1").arg(m.type));
        if (m.numerus) {
            if (m.forms.isEmpty())
                problems.append(at + QStringLiteral(": no plural forms"));
            else if (pluralForms < 0)
                pluralForms = m.forms.size();
            else if (m.forms.size() != pluralForms)
                problems.append(at
                    + QStringLiteral(": %1 plural forms, other messages in this file have %2")
                          .arg(m.forms.size())
                          .arg(pluralForms));
        }
        const auto expected = placeholders(m.source);
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const auto &form = m.forms.at(i);
            const auto which = m.numerus ? QStringLiteral(" (plural form %1)").arg(i + 1) : QString();
            if (form.trimmed().isEmpty()) {
                problems.append(at + which + QStringLiteral(": empty"));
                continue;
            }
            const auto found = placeholders(form);
            if (found != expected)
                problems.append(at + which
                    + QStringLiteral(": placeholders %1 instead of %2").arg(listed(found), listed(expected)));
        }
    }
    return problems;
}

// A message present in one language and absent in another means a file was not updated with lupdate.
QStringList missingAcross(const QList<TsFile> &files)
{
    using Key = std::tuple<QString, QString, QString>;
    const auto keyOf = [](const TsMessage &m) { return Key { m.context, m.source, m.comment }; };
    QMap<Key, QStringList> holders;
    for (const auto &file : files) {
        for (const auto &m : file.messages)
            holders[keyOf(m)].append(file.name);
    }
    QStringList problems;
    for (auto it = holders.cbegin(); it != holders.cend(); ++it) {
        for (const auto &file : files) {
            if (!it.value().contains(file.name))
                problems.append(QStringLiteral("%1: [%2] \"%3\": missing (present in %4)")
                                    .arg(file.name, std::get<0>(it.key()), std::get<1>(it.key()),
                                        it.value().join(QStringLiteral(", "))));
        }
    }
    return problems;
}

QByteArray ts(const QByteArray &messages, const QByteArray &language = "de")
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"" + language
        + "\">\n<context>\n    <name>Page</name>\n" + messages + "</context>\n</TS>\n";
}

// QTest cuts a failure message at about 1000 characters, so the problems go to the log one a line.
void logProblems(const QStringList &problems)
{
    constexpr qsizetype shown = 200;
    for (const auto &p : problems.mid(0, shown))
        qWarning().noquote() << p;
    if (problems.size() > shown)
        qWarning().noquote() << QStringLiteral("… and %1 more").arg(problems.size() - shown);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repositoryFilesAreComplete()
    {
        const QDir dir(QStringLiteral(WELCOME_TRANSLATIONS_DIR));
        const auto names = dir.entryList({ QStringLiteral("*.ts") }, QDir::Files, QDir::Name);
        QVERIFY2(names.size() >= 2, qPrintable(dir.absolutePath()));
        QList<TsFile> files;
        QStringList problems;
        for (const auto &name : names) {
            QFile f(dir.filePath(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            files.append(parseTs(name, f.readAll()));
            problems += problemsIn(files.last());
        }
        problems += missingAcross(files);
        logProblems(problems);
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 untranslated or inconsistent entries, listed above").arg(problems.size())));
    }

    // The checks themselves can fail: each broken entry below is reported, naming file, context and source text.
    void brokenEntriesAreReported_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unfinished") << QByteArray("<message><source>Home</source>"
                                                  "<translation type=\"unfinished\">Start</translation></message>")
                                    << QStringLiteral("x.ts: [Page] \"Home\": marked unfinished");
        QTest::newRow("vanished") << QByteArray("<message><source>Home</source>"
                                                "<translation type=\"vanished\">Start</translation></message>")
                                  << QStringLiteral("x.ts: [Page] \"Home\": marked vanished");
        QTest::newRow("empty") << QByteArray("<message><source>Home</source><translation></translation></message>")
                               << QStringLiteral("x.ts: [Page] \"Home\": empty");
        QTest::newRow("blank") << QByteArray("<message><source>Home</source><translation>  </translation></message>")
                               << QStringLiteral("x.ts: [Page] \"Home\": empty");
        QTest::newRow("no translation") << QByteArray("<message><source>Home</source></message>")
                                        << QStringLiteral("x.ts: [Page] \"Home\": no translation");
        QTest::newRow("placeholder dropped")
            << QByteArray("<message><source>Person %1</source><translation>Person</translation></message>")
            << QStringLiteral("x.ts: [Page] \"Person %1\": placeholders none instead of %1");
        QTest::newRow("placeholder renumbered")
            << QByteArray("<message><source>%1 of %2</source><translation>%1 von %3</translation></message>")
            << QStringLiteral("x.ts: [Page] \"%1 of %2\": placeholders %1 %3 instead of %1 %2");
        QTest::newRow("localized placeholder")
            << QByteArray("<message><source>%L1 km</source><translation>%1 km</translation></message>")
            << QStringLiteral("x.ts: [Page] \"%L1 km\": placeholders %1 instead of %L1");
        QTest::newRow("placeholder added")
            << QByteArray("<message><source>Saved</source><translation>Gespeichert: %1</translation></message>")
            << QStringLiteral("x.ts: [Page] \"Saved\": placeholders %1 instead of none");
        QTest::newRow("empty plural form")
            << QByteArray("<message numerus=\"yes\"><source>%n article(s)</source><translation>"
                          "<numerusform>%n Artikel</numerusform><numerusform></numerusform></translation></message>")
            << QStringLiteral("x.ts: [Page] \"%n article(s)\" (plural form 2): empty");
        QTest::newRow("plural form without %n")
            << QByteArray("<message numerus=\"yes\"><source>%n article(s)</source><translation>"
                          "<numerusform>ein Artikel</numerusform><numerusform>%n Artikel</numerusform>"
                          "</translation></message>")
            << QStringLiteral("x.ts: [Page] \"%n article(s)\" (plural form 1): placeholders none instead of %n");
        QTest::newRow("plural forms differ in count")
            << QByteArray("<message numerus=\"yes\"><source>%n article(s)</source><translation>"
                          "<numerusform>%n Artikel</numerusform><numerusform>%n Artikel</numerusform></translation>"
                          "</message><message numerus=\"yes\"><source>%n place(s)</source><translation>"
                          "<numerusform>%n Ort</numerusform></translation></message>")
            << QStringLiteral("x.ts: [Page] \"%n place(s)\": 1 plural forms, other messages in this file have 2");
        QTest::newRow("broken XML") << QByteArray("<message><source>Home</source><translation>Start</message>")
                                    << QStringLiteral("x.ts: line ");
    }

    void brokenEntriesAreReported()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, expected);
        const auto problems = problemsIn(parseTs(QStringLiteral("x.ts"), ts(message)));
        const bool found
            = std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.startsWith(expected); });
        if (!found)
            logProblems(problems);
        QVERIFY2(found, qPrintable(QStringLiteral("expected a problem starting \"%1\"").arg(expected)));
    }

    void completeEntriesPass()
    {
        const auto file = parseTs(QStringLiteral("x.ts"),
            ts("<message><source>The guide&apos;s content (%1)</source><comment>title</comment>"
               "<translation>Die Inhalte des Ratgebers (%1)</translation></message>"
               "<message><source>%1 of %2 steps done</source><translation>%2 étapes, %1 faites, %1</translation>"
               "</message><message numerus=\"yes\"><source>%n article(s)</source><translation>"
               "<numerusform>%n Artikel</numerusform><numerusform>%n Artikel</numerusform></translation></message>"
               "<message><source>100% free</source><translation>100 % gratuit</translation></message>"));
        QCOMPARE(file.messages.size(), 4);
        QCOMPARE(file.messages.first().source, QStringLiteral("The guide's content (%1)"));
        QCOMPARE(problemsIn(file), QStringList());
    }

    void missingMessageIsReported()
    {
        const auto de = parseTs(QStringLiteral("welcome_de.ts"),
            ts("<message><source>Home</source><translation>Start</translation></message>"
               "<message><source>Back</source><translation>Zurück</translation></message>"));
        const auto fr = parseTs(QStringLiteral("welcome_fr.ts"),
            ts("<message><source>Home</source><translation>Accueil</translation></message>", "fr"));
        QCOMPARE(missingAcross({ de, fr }),
            QStringList { QStringLiteral("welcome_fr.ts: [Page] \"Back\": missing (present in welcome_de.ts)") });
        QCOMPARE(missingAcross({ de, de }), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
