// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

/** Web Mercator for QML: world coordinates run 0…1 across the map (see Mercator in core). */
class WebMercator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;
    Q_INVOKABLE static double worldX(double longitude);
    Q_INVOKABLE static double worldY(double latitude);
    Q_INVOKABLE static double longitude(double worldX);
    Q_INVOKABLE static double latitude(double worldY);
};
