// SPDX-License-Identifier: GPL-3.0-or-later
#include "manifest.h"
#include "contentobject.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sodium.h>

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool failWith(QString *error, const QString &why)
{
    if (error) {
        *error = why;
    }
    return false;
}
} // namespace

QByteArray Manifest::toJson() const
{
    QJsonArray list;
    for (const auto &o : objects) {
        list.push_back(QJsonObject { { QStringLiteral("id"), o.id }, { QStringLiteral("kind"), o.kind },
            { QStringLiteral("lang"), o.lang }, { QStringLiteral("sha256"), o.sha256 },
            { QStringLiteral("size"), o.size } });
    }
    const QJsonObject root { { QStringLiteral("format"), formatVersion }, { QStringLiteral("region"), region },
        { QStringLiteral("version"), version },
        { QStringLiteral("published"), published.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("expires"), expires.toUTC().toString(Qt::ISODate) }, { QStringLiteral("notes"), notes },
        { QStringLiteral("objects"), list } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<Manifest> Manifest::fromJson(const QByteArray &json, QString *error, Problem *problem)
{
    const auto flag = [problem](Problem p) {
        if (problem) {
            *problem = p;
        }
    };
    flag(Problem::Malformed);
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        failWith(error, QStringLiteral("the manifest is not valid JSON"));
        return std::nullopt;
    }
    const auto root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != formatVersion) {
        failWith(error, QStringLiteral("the manifest has an unknown format"));
        return std::nullopt;
    }
    Manifest m;
    m.region = root.value(QLatin1String("region")).toString();
    m.version = root.value(QLatin1String("version")).toInteger(-1);
    m.published = QDateTime::fromString(root.value(QLatin1String("published")).toString(), Qt::ISODate);
    m.expires = QDateTime::fromString(root.value(QLatin1String("expires")).toString(), Qt::ISODate);
    m.notes = root.value(QLatin1String("notes")).toString().left(4000);
    if (m.region.isEmpty() || m.version <= 0 || !m.published.isValid() || !m.expires.isValid()) {
        failWith(error, QStringLiteral("the manifest lacks a region, version, publish time or expiry"));
        return std::nullopt;
    }
    const auto list = root.value(QLatin1String("objects")).toArray();
    if (list.size() > maxObjects) {
        flag(Problem::TooLarge);
        failWith(error, QStringLiteral("the manifest lists %1 objects, more than allowed").arg(list.size()));
        return std::nullopt;
    }
    QSet<QString> ids;
    qint64 total = 0;
    for (const auto &v : list) {
        const auto o = v.toObject();
        ManifestObject mo { o.value(QLatin1String("id")).toString(), o.value(QLatin1String("kind")).toString(),
            o.value(QLatin1String("lang")).toString(), o.value(QLatin1String("sha256")).toString(),
            o.value(QLatin1String("size")).toInteger(-1) };
        // Ids end up in SQL and hashes in file names: anything that could leave the data folder is refused.
        if (!ContentObject::isSafeId(mo.id) || (!mo.lang.isEmpty() && !ContentObject::isSafeId(mo.lang))) {
            flag(Problem::UnsafeId);
            failWith(error, QStringLiteral("the manifest names an unsafe object id: %1").arg(mo.id.left(80)));
            return std::nullopt;
        }
        if (!ContentObject::kinds().contains(mo.kind)) {
            failWith(error, QStringLiteral("object %1 has an unknown kind").arg(mo.id));
            return std::nullopt;
        }
        if (!ContentObject::isHash(mo.sha256)) {
            failWith(error, QStringLiteral("object %1 has no valid SHA-256").arg(mo.id));
            return std::nullopt;
        }
        if (mo.size <= 0 || mo.size > ContentObject::maxStoredBytes) {
            flag(Problem::TooLarge);
            failWith(error, QStringLiteral("object %1 is oversized or empty (%2 bytes)").arg(mo.id).arg(mo.size));
            return std::nullopt;
        }
        if (ids.contains(mo.id)) {
            failWith(error, QStringLiteral("the manifest lists object %1 twice").arg(mo.id));
            return std::nullopt;
        }
        ids.insert(mo.id);
        total += mo.size;
        m.objects.push_back(mo);
    }
    if (total > maxTotalBytes) {
        flag(Problem::TooLarge);
        failWith(error, QStringLiteral("the update would be %1 MB, more than allowed").arg(total / 1048576));
        return std::nullopt;
    }
    for (const char *required : { "site", "topics" }) {
        if (!ids.contains(QLatin1String(required))) {
            failWith(error, QStringLiteral("the manifest has no '%1' object").arg(QLatin1String(required)));
            return std::nullopt;
        }
    }
    flag(Problem::None);
    return m;
}

ManifestSignature::KeyPair ManifestSignature::generateKeyPair()
{
    KeyPair k;
    if (!sodiumReady()) {
        return k;
    }
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(
        reinterpret_cast<unsigned char *>(k.publicKey.data()), reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QByteArray ManifestSignature::publicKeyOf(const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(
        reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return pk;
}

QByteArray ManifestSignature::sign(const QByteArray &manifestJson, const QByteArray &secretKey)
{
    if (!sodiumReady() || secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        return {};
    }
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
        reinterpret_cast<const unsigned char *>(manifestJson.constData()), quint64(manifestJson.size()),
        reinterpret_cast<const unsigned char *>(secretKey.constData()));
    const QJsonObject envelope { { QStringLiteral("format"), Manifest::formatVersion },
        { QStringLiteral("signed"), QString::fromUtf8(manifestJson) },
        { QStringLiteral("key"), QString::fromLatin1(publicKeyOf(secretKey).toBase64()) },
        { QStringLiteral("signature"), QString::fromLatin1(sig.toBase64()) } };
    return QJsonDocument(envelope).toJson(QJsonDocument::Indented);
}

std::optional<QByteArray> ManifestSignature::open(
    const QByteArray &envelope, const QStringList &trustedKeys, Problem *problem, QString *error)
{
    const auto fail = [&](Problem p, const QString &why) {
        if (problem) {
            *problem = p;
        }
        failWith(error, why);
        return std::nullopt;
    };
    if (!sodiumReady()) {
        return fail(Problem::Malformed, QStringLiteral("the signature library did not start"));
    }
    QJsonParseError pe {};
    const auto doc = QJsonDocument::fromJson(envelope, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(Problem::Malformed, QStringLiteral("the manifest is not valid JSON"));
    }
    const auto root = doc.object();
    const auto payload = root.value(QLatin1String("signed")).toString().toUtf8();
    const auto keyText = root.value(QLatin1String("key")).toString();
    const auto sig = QByteArray::fromBase64(root.value(QLatin1String("signature")).toString().toLatin1());
    if (payload.isEmpty() || keyText.isEmpty() || sig.size() != crypto_sign_BYTES) {
        return fail(Problem::Malformed, QStringLiteral("the manifest is not signed"));
    }
    // The key named in the envelope only selects; trust comes from the installed content's list.
    const auto key = QByteArray::fromBase64(keyText.toLatin1());
    bool trusted = false;
    for (const auto &t : trustedKeys) {
        if (QByteArray::fromBase64(t.toLatin1()) == key) {
            trusted = true;
        }
    }
    if (!trusted || key.size() != crypto_sign_PUBLICKEYBYTES) {
        return fail(Problem::UnknownKey, QStringLiteral("the manifest is signed by a key this content does not trust"));
    }
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(sig.constData()),
            reinterpret_cast<const unsigned char *>(payload.constData()), quint64(payload.size()),
            reinterpret_cast<const unsigned char *>(key.constData()))
        != 0) {
        return fail(Problem::BadSignature, QStringLiteral("the manifest's signature does not verify"));
    }
    if (problem) {
        *problem = Problem::None;
    }
    return payload;
}
