// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagenames.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace {

// Qt names a language only in English or in itself; the reader's language comes from the app's translations.
// The languages spoken in Bern's migrant communities and the guide's languages; others fall back to Qt's names.
const QHash<QString, const char *> &englishNames()
{
    static const QHash<QString, const char *> names = {
        { QStringLiteral("am"), QT_TRANSLATE_NOOP("LanguageNames", "Amharic") },
        { QStringLiteral("ar"), QT_TRANSLATE_NOOP("LanguageNames", "Arabic") },
        { QStringLiteral("bs"), QT_TRANSLATE_NOOP("LanguageNames", "Bosnian") },
        { QStringLiteral("de"), QT_TRANSLATE_NOOP("LanguageNames", "German") },
        { QStringLiteral("en"), QT_TRANSLATE_NOOP("LanguageNames", "English") },
        { QStringLiteral("es"), QT_TRANSLATE_NOOP("LanguageNames", "Spanish") },
        { QStringLiteral("fa"), QT_TRANSLATE_NOOP("LanguageNames", "Persian") },
        { QStringLiteral("fr"), QT_TRANSLATE_NOOP("LanguageNames", "French") },
        { QStringLiteral("gsw"), QT_TRANSLATE_NOOP("LanguageNames", "Swiss German") },
        { QStringLiteral("hr"), QT_TRANSLATE_NOOP("LanguageNames", "Croatian") },
        { QStringLiteral("it"), QT_TRANSLATE_NOOP("LanguageNames", "Italian") },
        { QStringLiteral("ku"), QT_TRANSLATE_NOOP("LanguageNames", "Kurdish") },
        { QStringLiteral("prs"), QT_TRANSLATE_NOOP("LanguageNames", "Dari") },
        { QStringLiteral("ps"), QT_TRANSLATE_NOOP("LanguageNames", "Pashto") },
        { QStringLiteral("pt"), QT_TRANSLATE_NOOP("LanguageNames", "Portuguese") },
        { QStringLiteral("ru"), QT_TRANSLATE_NOOP("LanguageNames", "Russian") },
        { QStringLiteral("so"), QT_TRANSLATE_NOOP("LanguageNames", "Somali") },
        { QStringLiteral("sq"), QT_TRANSLATE_NOOP("LanguageNames", "Albanian") },
        { QStringLiteral("sr"), QT_TRANSLATE_NOOP("LanguageNames", "Serbian") },
        { QStringLiteral("ta"), QT_TRANSLATE_NOOP("LanguageNames", "Tamil") },
        { QStringLiteral("ti"), QT_TRANSLATE_NOOP("LanguageNames", "Tigrinya") },
        { QStringLiteral("tr"), QT_TRANSLATE_NOOP("LanguageNames", "Turkish") },
        { QStringLiteral("uk"), QT_TRANSLATE_NOOP("LanguageNames", "Ukrainian") },
        { QStringLiteral("ur"), QT_TRANSLATE_NOOP("LanguageNames", "Urdu") },
        { QStringLiteral("zh"), QT_TRANSLATE_NOOP("LanguageNames", "Chinese") },
    };
    return names;
}

bool latinScript(const QString &text)
{
    for (const auto c : text) {
        if (c.isLetter()) {
            return c.script() == QChar::Script_Latin;
        }
    }
    return true;
}

} // namespace

QString LanguageNames::name(const QString &code)
{
    const QLocale locale(code);
    const bool known = locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage;
    const auto *english = englishNames().value(code);
    QString name = english ? QCoreApplication::translate("LanguageNames", english)
        : known            ? QLocale::languageToString(locale.language())
                           : code; // the validator warns about codes nobody knows
    const auto native = known ? locale.nativeLanguageName() : QString();
    if (!native.isEmpty() && !latinScript(native) && native != name) {
        name = QStringLiteral("%1 (%2)").arg(name, native);
    }
    return name;
}

QStringList LanguageNames::names(const QStringList &codes)
{
    QStringList out;
    for (const auto &c : codes) {
        out.push_back(name(c));
    }
    return out;
}
