// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Text folding shared by the search index (built by the content tool) and the search query (in the app),
 * so that both sides agree: "Führerschein", "Fuhrerschein" and "Fuehrerschein" meet.
 */
namespace TextFold {

/** Lower case, diacritics removed, ß → ss: what the index's unicode61 tokenizer does, plus ß. */
QString fold(const QString &text);

/** The words of @p text (letters, digits and combining marks), folded. */
QStringList words(const QString &text);

/** German spellings without umlauts: "führerschein" → "fuehrerschein", "straße" → "strasse"; empty if none. */
QString germanTransliteration(const QString &lowerWord);

/** The reverse: "fuehrerschein" → "fuhrerschein" (what the index holds for "führerschein"); empty if none. */
QString germanUntransliteration(const QString &foldedWord);

/** Arabic words carry the article "ال" attached: "الطوارئ" → "طوارئ"; empty if none. */
QString withoutArabicArticle(const QString &word);

/** Markdown to plain text for indexing: link targets, markup and headings removed. */
QString markdownToPlain(const QString &markdown);

} // namespace TextFold
