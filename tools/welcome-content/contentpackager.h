// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentsource.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

/** One content object ready to build or publish (see ContentObject). */
struct PackagedObject
{
    QString id;
    QString kind;
    QString lang; ///< empty for objects that hold every language
    QJsonObject data;
    QByteArray stored; ///< ContentObject::encode(data)
    QString sha256; ///< of stored
};

/** Splits a checked content source into objects: what `build` writes into content.db and `publish` puts online. */
namespace ContentPackager {
QList<PackagedObject> objects(const ContentSource &source);
} // namespace ContentPackager
