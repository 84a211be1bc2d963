// SPDX-License-Identifier: GPL-3.0-or-later
#include "base45.h"

namespace {
constexpr char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

int valueOf(QChar c)
{
    const auto u = c.unicode();
    if (u >= '0' && u <= '9') {
        return u - '0';
    }
    if (u >= 'A' && u <= 'Z') {
        return u - 'A' + 10;
    }
    for (int i = 36; i < 45; ++i) {
        if (u == char16_t(alphabet[i])) {
            return i;
        }
    }
    return -1;
}
} // namespace

QString Base45::encode(QByteArrayView data)
{
    QString out;
    out.reserve((data.size() / 2) * 3 + 2);
    qsizetype i = 0;
    // Two bytes n = a·256 + b become c + d·45 + e·45², written c d e; a last single byte becomes c d.
    for (; i + 1 < data.size(); i += 2) {
        int n = quint8(data[i]) * 256 + quint8(data[i + 1]);
        for (int k = 0; k < 3; ++k) {
            out.append(QLatin1Char(alphabet[n % 45]));
            n /= 45;
        }
    }
    if (i < data.size()) {
        const int n = quint8(data[i]);
        out.append(QLatin1Char(alphabet[n % 45]));
        out.append(QLatin1Char(alphabet[n / 45]));
    }
    return out;
}

std::optional<QByteArray> Base45::decode(QStringView text)
{
    if (text.size() % 3 == 1) {
        return std::nullopt;
    }
    QByteArray out;
    out.reserve((text.size() / 3) * 2 + 1);
    for (qsizetype i = 0; i < text.size(); i += 3) {
        const bool pair = i + 2 < text.size();
        int n = 0;
        for (qsizetype k = pair ? 2 : 1; k >= 0; --k) {
            const int v = valueOf(text[i + k]);
            if (v < 0) {
                return std::nullopt;
            }
            n = n * 45 + v;
        }
        // Three characters reach 45³ − 1 = 91124, two 2024: anything above one or two bytes is not Base45.
        if (n > (pair ? 0xFFFF : 0xFF)) {
            return std::nullopt;
        }
        if (pair) {
            out.append(char(n >> 8));
        }
        out.append(char(n & 0xFF));
    }
    return out;
}

bool Base45::isAlphabet(QStringView text)
{
    for (const auto c : text) {
        if (valueOf(c) < 0) {
            return false;
        }
    }
    return true;
}
