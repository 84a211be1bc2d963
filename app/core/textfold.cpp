// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"

#include <QRegularExpression>

#include <algorithm>

QString TextFold::fold(const QString &text)
{
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
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\([^)]*\\)"));
    static const QRegularExpression markup(QStringLiteral("[*_`#>|\\[\\]]"));
    QString out = markdown;
    out.replace(linkTarget, QStringLiteral(" "));
    out.replace(markup, QStringLiteral(" "));
    return out.simplified();
}
