// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentobject.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

const QStringList &ContentObject::kinds()
{
    // Site first: it carries the languages the rest is written in.
    static const QStringList k = { QStringLiteral("site"), QStringLiteral("topics"), QStringLiteral("synonyms"),
        QStringLiteral("places"), QStringLiteral("article"), QStringLiteral("offer"), QStringLiteral("step") };
    return k;
}

QByteArray ContentObject::encode(const QJsonObject &data)
{
    return qCompress(QJsonDocument(data).toJson(QJsonDocument::Compact), 9);
}

std::optional<QJsonObject> ContentObject::decode(const QByteArray &stored, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return std::nullopt;
    };
    if (stored.size() > maxStoredBytes) {
        return fail(QStringLiteral("object too large (%1 bytes)").arg(stored.size()));
    }
    // qCompress puts the decompressed size first; refuse before allocating it.
    if (stored.size() < 5) {
        return fail(QStringLiteral("object truncated"));
    }
    const auto declared = qFromBigEndian<quint32>(stored.constData());
    if (declared > maxJsonBytes) {
        return fail(QStringLiteral("object expands to %1 bytes, more than allowed").arg(declared));
    }
    const auto json = qUncompress(stored);
    if (json.isEmpty()) {
        return fail(QStringLiteral("object is not valid compressed data"));
    }
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(QStringLiteral("object is not a JSON object"));
    }
    return doc.object();
}

QString ContentObject::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool ContentObject::isHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

bool ContentObject::isSafeId(const QString &id)
{
    static const QRegularExpression part(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (id.isEmpty() || id.size() > 200) {
        return false;
    }
    const auto parts = id.split(QLatin1Char('/'));
    for (const auto &p : parts) {
        if (!part.match(p).hasMatch() || p.contains(QLatin1String(".."))) {
            return false;
        }
    }
    return true;
}
