// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/** One object as the manifest lists it. */
struct ManifestObject
{
    QString id;
    QString kind;
    QString lang;
    QString sha256;
    qint64 size = 0;
    bool operator==(const ManifestObject &) const = default;
};

/**
 * What an editor published: the region, a content version that only ever grows, when it was published and
 * until when phones may trust it, the editor's notes and every content object with its hash.
 *
 * On the wire, manifest.json is an envelope: {"format": 1, "signed": "<the manifest as a JSON string>",
 * "key": "<base64 Ed25519 public key>", "signature": "<base64 Ed25519 signature of the UTF-8 bytes of signed>"}.
 * Signing the exact bytes of a string, not re-serialised JSON, leaves nothing to canonicalise.
 */
struct Manifest
{
    static constexpr int formatVersion = 1;
    /** Caps checked before anything is downloaded. */
    static constexpr qint64 maxManifestBytes = 8 * 1024 * 1024;
    static constexpr qint64 maxObjects = 200000;
    static constexpr qint64 maxTotalBytes = 512LL * 1024 * 1024;

    QString region;
    qint64 version = 0;
    QDateTime published;
    QDateTime expires;
    QString notes;
    QList<ManifestObject> objects;

    /** The manifest as the JSON text that gets signed. */
    [[nodiscard]] QByteArray toJson() const;
    enum class Problem { None, Malformed, UnsafeId, TooLarge };
    /** Parses and checks the signed JSON: fields, safe ids, hashes, sizes and caps. */
    static std::optional<Manifest> fromJson(const QByteArray &json, QString *error, Problem *problem = nullptr);
};

/** Ed25519 signing and checking of manifests (libsodium). */
namespace ManifestSignature {

enum class Problem { None, Malformed, UnknownKey, BadSignature };

struct KeyPair
{
    QByteArray publicKey; ///< 32 bytes
    QByteArray secretKey; ///< 64 bytes
};

KeyPair generateKeyPair();
/** The public half of a secret key; empty when @p secretKey is not 64 bytes. */
QByteArray publicKeyOf(const QByteArray &secretKey);

/** The envelope for @p manifestJson, signed with @p secretKey. */
QByteArray sign(const QByteArray &manifestJson, const QByteArray &secretKey);

/**
 * Checks an envelope against the base64 public keys in @p trustedKeys and returns the signed manifest JSON.
 * On failure returns nullopt and sets @p problem and @p error.
 */
std::optional<QByteArray> open(
    const QByteArray &envelope, const QStringList &trustedKeys, Problem *problem, QString *error);

} // namespace ManifestSignature
