// SPDX-License-Identifier: GPL-3.0-or-later
#include "planqr.h"

#include <QFileInfo>
#include <QImageReader>

#define ZX_USE_UTF8
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <exception>
#include <string>

namespace {
// zxing-cpp's scale of 0 to 8; 3 and 4 select level M (about 15 % of the symbol may be lost).
constexpr int zxingLevelM = 4;

PlanCode::Decoded failed(const PlanQr::Reading &r)
{
    PlanCode::Decoded d;
    d.error = r.error;
    d.detail = r.error == PlanCode::Error::NoCode ? QStringLiteral("no QR code found in the image")
                                                  : QStringLiteral("the image cannot be read");
    return d;
}
} // namespace

PlanQr::Symbol PlanQr::encode(const QString &text, int moduleSize)
{
    Symbol s;
    if (moduleSize < 1 || moduleSize > 64) {
        return s;
    }
    ZXing::BitMatrix matrix;
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(zxingLevelM).setMargin(0);
        matrix = writer.encode(text.toStdWString(), 0, 0);
    } catch (const std::exception &) {
        return s; // longer than version 40 holds
    }
    s.modules = matrix.width();
    s.version = (s.modules - 17) / 4;
    const int side = (s.modules + 2 * quietZone) * moduleSize;
    s.image = QImage(side, side, QImage::Format_Grayscale8);
    s.image.fill(255);
    for (int y = 0; y < s.modules; ++y) {
        for (int x = 0; x < s.modules; ++x) {
            if (!matrix.get(x, y)) {
                continue;
            }
            for (int dy = 0; dy < moduleSize; ++dy) {
                auto *line = s.image.scanLine((y + quietZone) * moduleSize + dy);
                std::fill_n(line + (x + quietZone) * moduleSize, moduleSize, uchar(0));
            }
        }
    }
    return s;
}

PlanQr::Reading PlanQr::read(const QImage &image)
{
    Reading r;
    if (image.isNull() || qint64(image.width()) * image.height() > maxPixels) {
        r.error = PlanCode::Error::UnreadableImage;
        return r;
    }
    const auto grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true).setTryRotate(true).setTryDownscale(true);
    const auto result = ZXing::ReadBarcode(
        { grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()) }, hints);
    if (!result.isValid()) {
        r.error = PlanCode::Error::NoCode;
        return r;
    }
    r.text = QString::fromStdString(result.text());
    r.ecLevel = QString::fromStdString(result.ecLevel());
    return r;
}

PlanQr::Reading PlanQr::readFile(const QString &path)
{
    Reading r;
    r.error = PlanCode::Error::UnreadableImage;
    if (QFileInfo(path).size() > maxFileBytes) {
        return r;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const auto size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > maxPixels) {
        return r;
    }
    const auto image = reader.read();
    if (image.isNull()) {
        return r;
    }
    return read(image);
}

PlanCode::Decoded PlanQr::decode(const QImage &image, const PlanCode::Context &context)
{
    const auto r = read(image);
    return r.ok() ? PlanCode::decode(r.text, context) : failed(r);
}

PlanCode::Decoded PlanQr::decodeFile(const QString &path, const PlanCode::Context &context)
{
    const auto r = readFile(path);
    return r.ok() ? PlanCode::decode(r.text, context) : failed(r);
}
