// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <QRegularExpression>

#include <algorithm>

QString TextFold::fold(const QString &text)
{
    // Plain ASCII folds to its lower case; the Unicode normalisations below cost far more than that.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        return text.toLower();
    }
    const auto decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const auto c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing && c.unicode() < 0x0370) {
            continue; // Latin combining accents only; Arabic and other marks carry meaning
        }
        if (c == QChar(0x00DF) || c == QChar(0x1E9E)) {
            out += QStringLiteral("ss");
            continue;
        }
        out += c.toCaseFolded();
    }
    // Recompose what is left (Arabic hamza forms), as the index stores composed text.
    return out.normalized(QString::NormalizationForm_C);
}

QStringList TextFold::words(const QString &text)
{
    QStringList out;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty()) {
            out.push_back(fold(current));
            current.clear();
        }
    };
    for (const auto c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else {
            flush();
        }
    }
    flush();
    return out;
}

QString TextFold::germanTransliteration(const QString &lowerWord)
{
    // Called for every word of every indexed page: a character test, not a regular expression.
    const auto umlaut
        = [](QChar c) { return c == QChar(0x00E4) || c == QChar(0x00F6) || c == QChar(0x00FC) || c == QChar(0x00DF); };
    if (std::none_of(lowerWord.cbegin(), lowerWord.cend(), umlaut)) {
        return {};
    }
    QString out = lowerWord;
    out.replace(QChar(0x00E4), QLatin1String("ae"));
    out.replace(QChar(0x00F6), QLatin1String("oe"));
    out.replace(QChar(0x00FC), QLatin1String("ue"));
    out.replace(QChar(0x00DF), QLatin1String("ss"));
    return out;
}

QString TextFold::germanUntransliteration(const QString &foldedWord)
{
    // "ue" in "Quelle" or "Steuer" is no umlaut; both forms are searched, so a wrong guess only
    // adds a harmless alternative.
    static const QRegularExpression digraph(QStringLiteral("(?<!q)([aou])e"));
    if (!foldedWord.contains(digraph)) {
        return {};
    }
    QString out = foldedWord;
    out.replace(digraph, QStringLiteral("\\1"));
    return out;
}

QString TextFold::withoutArabicArticle(const QString &word)
{
    static const QString article = QStringLiteral("\u0627\u0644");
    return word.startsWith(article) && word.size() > article.size() + 2 ? word.mid(article.size()) : QString();
}

QString TextFold::markdownToPlain(const QString &markdown)
{
    // Link targets "](…)" and the markup characters become spaces. Indexing runs this over every page an update
    // writes, so it is one pass over the characters into a buffer of the final size rather than regular expressions.
    const auto isMarkup = [](QChar c) {
        switch (c.unicode()) {
        case '*':
        case '_':
        case '`':
        case '#':
        case '>':
        case '|':
        case '[':
        case ']':
            return true;
        default:
            return false;
        }
    };
    QString out(markdown.size(), Qt::Uninitialized);
    auto *to = out.data();
    const auto *from = markdown.constData();
    const auto n = markdown.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = from[i];
        if (c == QLatin1Char(']') && i + 1 < n && from[i + 1] == QLatin1Char('(')) {
            if (const auto close = markdown.indexOf(QLatin1Char(')'), i + 2); close >= 0) {
                *to++ = QLatin1Char(' ');
                i = close;
                continue;
            }
        }
        *to++ = isMarkup(c) ? QChar(QLatin1Char(' ')) : c;
    }
    out.truncate(to - out.constData());
    return out.simplified();
}
