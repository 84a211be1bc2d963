// SPDX-License-Identifier: GPL-3.0-or-later
#include "plankey.h"

#include <QCryptographicHash>
#include <QFile>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
constexpr char fileHeader[] = "welcome-plan-key 1";

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

PlanKey::KeyPair PlanKey::generate()
{
    if (!sodiumReady()) {
        return {};
    }
    QByteArray seed(seedBytes, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    return fromSeed(seed).value_or(KeyPair {});
}

std::optional<PlanKey::KeyPair> PlanKey::fromSeed(const QByteArray &seed)
{
    if (!sodiumReady() || seed.size() != seedBytes) {
        return std::nullopt;
    }
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(
        reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()), bytes(seed));
    sodium_memzero(sk.data(), size_t(sk.size()));
    return KeyPair { seed, pk };
}

QByteArray PlanKey::fileContents(const KeyPair &key)
{
    return QByteArray(fileHeader) + '\n' + key.seed.toBase64() + '\n';
}

std::optional<PlanKey::KeyPair> PlanKey::parseFile(const QByteArray &contents)
{
    const auto lines = contents.trimmed().split('\n');
    if (lines.size() != 2 || lines[0].trimmed() != fileHeader) {
        return std::nullopt;
    }
    const auto seed = QByteArray::fromBase64Encoding(lines[1].trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!seed) {
        return std::nullopt;
    }
    return fromSeed(*seed);
}

std::optional<PlanKey::KeyPair> PlanKey::readFile(const QString &path, FileError *error)
{
    const auto fail = [error](FileError e) {
        if (error) {
            *error = e;
        }
        return std::nullopt;
    };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return fail(FileError::CannotRead);
    }
    if (f.size() > maxFileBytes) {
        return fail(FileError::TooLarge);
    }
    const auto key = parseFile(f.read(maxFileBytes + 1));
    if (!key) {
        return fail(FileError::NotAKey);
    }
    if (error) {
        *error = FileError::None;
    }
    return key;
}

bool PlanKey::writeFile(const QString &path, const KeyPair &key, FileError *error, QString *detail)
{
    const auto fail = [&](FileError e, int err) {
        if (error) {
            *error = e;
        }
        if (detail) {
            *detail = QString::fromLocal8Bit(strerror(err));
        }
        return false;
    };
    if (!key.isValid()) {
        return fail(FileError::NotAKey, EINVAL);
    }
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int err = errno;
        return fail(err == EEXIST ? FileError::Exists : FileError::CannotWrite, err);
    }
    const auto text = fileContents(key);
    const bool written = ::write(fd, text.constData(), size_t(text.size())) == text.size() && ::fsync(fd) == 0;
    const int err = errno;
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        return fail(FileError::CannotWrite, err);
    }
    if (error) {
        *error = FileError::None;
    }
    return true;
}

std::optional<QByteArray> PlanKey::parsePublicKey(const QString &base64)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(base64.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != publicKeyBytes) {
        return std::nullopt;
    }
    return *decoded;
}

QByteArray PlanKey::keyId(const QByteArray &publicKey)
{
    return QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(keyIdBytes);
}

QByteArray PlanKey::sign(const KeyPair &key, const QByteArray &message)
{
    if (!sodiumReady() || !key.isValid()) {
        return {};
    }
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(
        reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()), bytes(key.seed));
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(
        reinterpret_cast<unsigned char *>(sig.data()), nullptr, bytes(message), quint64(message.size()), bytes(sk));
    sodium_memzero(sk.data(), size_t(sk.size()));
    return sig;
}

bool PlanKey::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    return sodiumReady() && publicKey.size() == publicKeyBytes && signature.size() == signatureBytes
        && crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()), bytes(publicKey))
        == 0;
}
