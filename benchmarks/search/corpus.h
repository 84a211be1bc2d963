// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"

#include <QString>
#include <QStringList>

#include <cstdint>

/**
 * A synthetic content source for the search benchmark, built in memory from a fixed-seed PRNG over
 * aligned German, French and English word lists: every slug exists in de, fr and en, about the same
 * concepts in each language, so a German reader's query also meets English and French pages.
 */
namespace SyntheticCorpus {

struct Options
{
    int slugs = 20000;
    std::uint32_t seed = 20261122;
};

/** @p dir becomes ContentSource::dir (an empty folder, so that sourceHash() has nothing to read). */
ContentSource generate(const Options &options, const QString &dir);

/** Words of the vocabulary, to pick realistic queries from and to check the query lists against. */
QStringList vocabulary(const QString &lang);

} // namespace SyntheticCorpus
