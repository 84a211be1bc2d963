// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"

/**
 * What phones would refuse about a content folder, found before anything is built or published: articles longer
 * than ContentLimits::maxArticleBytes, objects beyond the object caps, more objects than a manifest may list,
 * and trusted keys that are no keys. The limits are the app's own (contentlimits.h), so the tool never publishes
 * what phones refuse.
 */
namespace LimitCheck {
void check(const ContentSource &source, QList<Diagnostic> &diagnostics);
} // namespace LimitCheck
