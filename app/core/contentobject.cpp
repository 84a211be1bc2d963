// SPDX-License-Identifier: GPL-3.0-or-later
#include "contentobject.h"
#include "contentlimits.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtEndian>

#include <zlib.h>

namespace {
enum class Inflated { Exactly, Longer, Damaged };

// Inflates a zlib stream into exactly out.size() bytes, and no more: this replaces qUncompress, which takes the
// declared size as a first guess and then grows its buffer without limit while the data runs on.
Inflated inflateExactly(const char *data, qsizetype length, QByteArray &out)
{
    z_stream zs {};
    if (inflateInit(&zs) != Z_OK) {
        return Inflated::Damaged;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    zs.avail_in = uInt(length);
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = inflate(&zs, Z_FINISH);
    // Output full but the stream not at its end: it would expand beyond what it declared.
    const bool longer = zs.avail_out == 0 && rc != Z_STREAM_END && rc != Z_DATA_ERROR && rc != Z_NEED_DICT;
    const bool exact = rc == Z_STREAM_END && zs.avail_out == 0 && zs.avail_in == 0;
    inflateEnd(&zs);
    return exact ? Inflated::Exactly : longer ? Inflated::Longer : Inflated::Damaged;
}
} // namespace

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

std::optional<QJsonObject> ContentObject::decode(const QByteArray &stored, QString *error, Problem *problem)
{
    const auto fail = [error, problem](Problem p, const QString &why) {
        if (error) {
            *error = why;
        }
        if (problem) {
            *problem = p;
        }
        return std::nullopt;
    };
    if (stored.size() > ContentLimits::maxObjectBytes) {
        return fail(Problem::TooLarge, QStringLiteral("object too large (%1 bytes)").arg(stored.size()));
    }
    // qCompress puts the decompressed size first; it is checked before anything is allocated for it.
    if (stored.size() < 5) {
        return fail(Problem::Malformed, QStringLiteral("object truncated"));
    }
    const auto declared = qint64(qFromBigEndian<quint32>(stored.constData()));
    const auto compressed = stored.size() - 4;
    if (declared > ContentLimits::maxObjectJsonBytes || declared > compressed * ContentLimits::maxCompressionRatio) {
        return fail(Problem::TooLarge, QStringLiteral("object expands to %1 bytes, more than allowed").arg(declared));
    }
    if (declared == 0) {
        return fail(Problem::Malformed, QStringLiteral("object is empty"));
    }
    QByteArray json(qsizetype(declared), Qt::Uninitialized);
    switch (inflateExactly(stored.constData() + 4, compressed, json)) {
    case Inflated::Exactly:
        break;
    case Inflated::Longer:
        return fail(
            Problem::TooLarge, QStringLiteral("object expands to more than the %1 bytes it declares").arg(declared));
    case Inflated::Damaged:
        return fail(Problem::Malformed, QStringLiteral("object is not valid compressed data"));
    }
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Problem::Malformed, QStringLiteral("object is not a JSON object"));
    }
    if (problem) {
        *problem = Problem::None;
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

bool ContentObject::isSingleton(const QString &kind)
{
    return kind == QLatin1String("site") || kind == QLatin1String("topics") || kind == QLatin1String("synonyms")
        || kind == QLatin1String("places");
}

bool ContentObject::idFitsKind(const QString &id, const QString &kind, const QString &lang)
{
    if (isSingleton(kind)) {
        return id == kind && lang.isEmpty();
    }
    const auto parts = id.split(QLatin1Char('/'));
    if (kind == QLatin1String("article")) {
        return parts.size() == 3 && parts[0] == kind && !lang.isEmpty() && parts[2] == lang;
    }
    return parts.size() == 2 && parts[0] == kind && lang.isEmpty();
}

bool ContentObject::isSafeId(const QString &id)
{
    static const QRegularExpression part(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (id.isEmpty() || id.size() > ContentLimits::maxIdChars) {
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
