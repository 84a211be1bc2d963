// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QUrl>

bool AppOptions::isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--sync") == 0 || qstrncmp(argv[i], "--sync=", 7) == 0) {
            return true;
        }
    }
    return false;
}

bool AppOptions::parse(const QStringList &arguments, AppOptions &out, QString &error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Welcome: first steps in Bern, offline and in your language."));
    p.addHelpOption();
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("Content and interface language."), QStringLiteral("L"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), QStringLiteral("Folder for all app data."), QStringLiteral("DIR"));
    const QCommandLineOption page(
        QStringLiteral("page"), QStringLiteral("Page to open: %1.").arg(Route::grammar()), QStringLiteral("P"));
    const QCommandLineOption shot(
        QStringLiteral("screenshot"), QStringLiteral("Render the page to a PNG and exit."), QStringLiteral("FILE.png"));
    const QCommandLineOption size(
        QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844."), QStringLiteral("WxH"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"), QStringLiteral("Load every page; exit 0 only if there were no QML warnings."));
    const QCommandLineOption firstFrame(
        QStringLiteral("quit-on-first-frame"), QStringLiteral("Exit once the first frame is shown (benchmarks)."));
    const QCommandLineOption importData(QStringLiteral("import"),
        QStringLiteral("Import personal data (a backup JSON file) before starting."), QStringLiteral("FILE.json"));
    const QCommandLineOption sync(QStringLiteral("sync"),
        QStringLiteral("Run one content sync from the publish root URL without a window; print one summary line."),
        QStringLiteral("URL"));
    const QCommandLineOption tileUrl(QStringLiteral("tile-url"),
        QStringLiteral("Map tile server {z}/{x}/{y} URL template instead of the content's; 'none' for no downloads."),
        QStringLiteral("URL"));
    p.addOptions({ lang, dataDir, page, shot, size, selfTest, firstFrame, importData, sync, tileUrl });
    if (!p.parse(arguments)) {
        error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        error = p.helpText();
        return false;
    }
    if (!p.positionalArguments().isEmpty()) {
        error = QStringLiteral("Unexpected argument: %1").arg(p.positionalArguments().constFirst());
        return false;
    }
    out.language = p.value(lang);
    out.dataDir = p.value(dataDir);
    out.screenshot = p.value(shot);
    out.selfTest = p.isSet(selfTest);
    out.importFile = p.value(importData);
    out.quitOnFirstFrame = p.isSet(firstFrame);
    out.syncUrl = p.value(sync);
    if (p.isSet(sync)) {
        const QUrl url(out.syncUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            error = QStringLiteral("--sync wants an http:// or https:// URL.");
            return false;
        }
    }
    out.tileUrl = p.value(tileUrl);
    if (!out.tileUrl.isEmpty() && out.tileUrl != QLatin1String("none")
        && (!out.tileUrl.contains(QLatin1String("{z}")) || !out.tileUrl.contains(QLatin1String("{x}"))
            || !out.tileUrl.contains(QLatin1String("{y}")))) {
        error = QStringLiteral("--tile-url wants a URL template with {z}, {x} and {y}, or 'none'.");
        return false;
    }
    if (p.isSet(page)) {
        Route::Error why = Route::Error::None;
        out.page = Route::parse(p.value(page), &why);
        if (!out.page) {
            const auto text = p.value(page);
            error = why == Route::Error::TooLong
                ? QStringLiteral("--page wants at most %1 characters.").arg(Route::maxLength)
                : why == Route::Error::BadArguments
                ? QStringLiteral("Bad address for page '%1'. Use %2.")
                      .arg(text.section(QLatin1Char(':'), 0, 0), Route::grammar())
                : QStringLiteral("Unknown page '%1'. Use %2.").arg(text, Route::grammar());
            return false;
        }
    }
    if (p.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto m = re.match(p.value(size));
        if (!m.hasMatch()) {
            error = QStringLiteral("--size wants WIDTHxHEIGHT, e.g. 390x844.");
            return false;
        }
        out.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    if (!out.screenshot.isEmpty() && !out.screenshot.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        error = QStringLiteral("--screenshot wants a .png file name.");
        return false;
    }
    return true;
}
