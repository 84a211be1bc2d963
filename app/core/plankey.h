// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/**
 * A counselling point's Ed25519 key for signing plan codes. The private half lives in a small text file
 * (`welcome-plan-key 1` and the base64 seed), readable by its owner only; the public half is published with the
 * counselling point's offer in the content (plan_keys), so editors add, rotate and remove keys with a signed update.
 *
 * The file has its own first line so that the content signing key, which must never sit on a counsellor's
 * computer, is refused when someone picks it by mistake.
 */
namespace PlanKey {

constexpr int seedBytes = 32;
constexpr int publicKeyBytes = 32;
constexpr int signatureBytes = 64;
/** The key id in a signed code: the first bytes of SHA-256 of the public key, as the EU DCC does it. */
constexpr int keyIdBytes = 8;
/** A key file is a few dozen bytes; larger files are refused before they are read. */
constexpr qint64 maxFileBytes = 1024;

struct KeyPair
{
    QByteArray seed; ///< 32 bytes; the whole secret
    QByteArray publicKey; ///< 32 bytes
    [[nodiscard]] bool isValid() const { return seed.size() == seedBytes && publicKey.size() == publicKeyBytes; }
};

enum class FileError { None, CannotRead, TooLarge, NotAKey, CannotWrite, Exists };

/** A new random key pair; invalid only when the signature library does not start. */
[[nodiscard]] KeyPair generate();
[[nodiscard]] std::optional<KeyPair> fromSeed(const QByteArray &seed);

/** The text of a key file. */
[[nodiscard]] QByteArray fileContents(const KeyPair &key);
/** Parses the text of a key file; nullopt for anything else (the content signing key included). */
[[nodiscard]] std::optional<KeyPair> parseFile(const QByteArray &contents);
/** Reads a key file, refusing files over maxFileBytes before reading them. */
[[nodiscard]] std::optional<KeyPair> readFile(const QString &path, FileError *error = nullptr);
/**
 * Writes a key file owner-only (0600 from the first byte, not chmod afterwards) and never over an existing file.
 * @p detail gets the system's reason on failure, for logs.
 */
bool writeFile(const QString &path, const KeyPair &key, FileError *error = nullptr, QString *detail = nullptr);

/** A public key as listed in content: standard base64 of 32 bytes, nothing else; nullopt otherwise. */
[[nodiscard]] std::optional<QByteArray> parsePublicKey(const QString &base64);
[[nodiscard]] QByteArray keyId(const QByteArray &publicKey);

/** The detached Ed25519 signature of @p message; empty for an invalid key. */
[[nodiscard]] QByteArray sign(const KeyPair &key, const QByteArray &message);
[[nodiscard]] bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

} // namespace PlanKey
