// SPDX-License-Identifier: GPL-3.0-or-later
#include "publisher.h"
#include "contentobject.h"
#include "contentpackager.h"
#include "manifest.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace {
bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}
} // namespace

bool Publisher::generateKey(const QString &dir, QString *publicKeyBase64, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    const auto secretPath = QDir(dir).filePath(QStringLiteral("welcome-signing.key"));
    const auto publicPath = QDir(dir).filePath(QStringLiteral("welcome-signing.pub"));
    const auto keys = ManifestSignature::generateKeyPair();
    if (keys.secretKey.isEmpty()) {
        *error = QStringLiteral("the signature library did not start");
        return false;
    }
    // O_EXCL: an existing key is never overwritten; 0600 from the first byte, not chmod afterwards.
    const int fd = ::open(QFile::encodeName(secretPath).constData(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        *error = QStringLiteral("cannot create %1: %2 (an existing key is never overwritten)")
                     .arg(secretPath, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    const auto secret = keys.secretKey.toBase64() + '\n';
    const bool written = ::write(fd, secret.constData(), size_t(secret.size())) == secret.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        *error = QStringLiteral("cannot write %1").arg(secretPath);
        QFile::remove(secretPath);
        return false;
    }
    *publicKeyBase64 = QString::fromLatin1(keys.publicKey.toBase64());
    return writeAtomically(publicPath, publicKeyBase64->toLatin1() + '\n', error);
}

Publisher::Publisher(const ContentSource &source, QString keyFile)
    : m_source(source)
    , m_keyFile(std::move(keyFile))
{ }

Publisher::Result Publisher::publish(
    const QString &outDir, const QString &notes, int expiresInDays, const QDateTime &now)
{
    Result r;
    QFile keyFile(m_keyFile);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        r.message = QStringLiteral("cannot read the key %1: %2").arg(m_keyFile, keyFile.errorString());
        return r;
    }
    const auto secret = QByteArray::fromBase64(keyFile.readAll().trimmed());
    const auto publicKey = ManifestSignature::publicKeyOf(secret);
    if (publicKey.isEmpty()) {
        r.message = QStringLiteral("%1 is not a signing key made by `welcome-content keygen`").arg(m_keyFile);
        return r;
    }
    const auto &site = m_source.site;
    const QDir region(QDir(outDir).filePath(site.region));
    const auto manifestPath = region.filePath(QStringLiteral("manifest.json"));

    Manifest manifest;
    manifest.region = site.region;
    manifest.version = site.version;
    manifest.published = now.toUTC();
    manifest.expires = now.toUTC().addDays(expiresInDays);
    manifest.notes = notes;
    const auto objects = ContentPackager::objects(m_source);
    for (const auto &o : objects) {
        manifest.objects.push_back({ o.id, o.kind, o.lang, o.sha256, o.stored.size() });
    }

    // Versions only grow: the published manifest (whoever signed it) sets the floor.
    QFile previousFile(manifestPath);
    if (previousFile.open(QIODevice::ReadOnly)) {
        const auto envelope = QJsonDocument::fromJson(previousFile.readAll()).object();
        const auto previous = Manifest::fromJson(envelope.value(QLatin1String("signed")).toString().toUtf8(), nullptr);
        if (previous && previous->version > manifest.version) {
            r.message = QStringLiteral("version %1 is older than the published %2; raise 'version' in site.yaml")
                            .arg(manifest.version)
                            .arg(previous->version);
            return r;
        }
        if (previous && previous->version == manifest.version && previous->objects != manifest.objects) {
            r.message = QStringLiteral("the content changed but version %1 is already published; raise 'version' "
                                       "in site.yaml")
                            .arg(manifest.version);
            return r;
        }
    }
    for (const auto &o : objects) {
        const QDir dir(region.filePath(QStringLiteral("objects/") + o.sha256.left(2)));
        const auto path = dir.filePath(o.sha256);
        if (QFile::exists(path) && QFileInfo(path).size() == o.stored.size()) {
            continue;
        }
        if (!QDir().mkpath(dir.path()) || !writeAtomically(path, o.stored, &r.message)) {
            if (r.message.isEmpty()) {
                r.message = QStringLiteral("cannot create %1").arg(dir.path());
            }
            return r;
        }
        ++r.written;
    }
    // The manifest goes last: until it is replaced, hosts serve the old one with all its objects present.
    if (!writeAtomically(manifestPath, ManifestSignature::sign(manifest.toJson(), secret), &r.message)) {
        return r;
    }
    r.ok = true;
    r.objects = int(objects.size());
    r.version = manifest.version;
    return r;
}
