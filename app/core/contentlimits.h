// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/**
 * The limits of content updates, in one place: the app's sync refuses anything beyond them before it spends
 * memory or disk on it, and `welcome-content` validate, build and publish refuse the same, so that whatever the
 * tool publishes every phone accepts, and nothing a phone would refuse is ever published.
 * The README's "Limits" table lists them for editors; keep both in step.
 */
namespace ContentLimits {

/**
 * The signed manifest as downloaded. An entry takes about 170 bytes in the envelope (Bern today: 254 objects in
 * 43 KB), so 8 MiB holds more than twice maxObjects entries.
 */
constexpr qint64 maxManifestBytes = 8 * 1024 * 1024;

/** Objects in one manifest. Bern has 254 today; room for many more pages and offers in 14 languages. */
constexpr qint64 maxObjects = 20000;

/**
 * One object as stored and downloaded (compressed). The largest today is the topic list, 3.9 KB (9 KB of JSON);
 * a phone holds one object in memory at a time while it applies an update.
 */
constexpr qint64 maxObjectBytes = 1024 * 1024;

/**
 * One object's JSON once decompressed: decompression stops here, whatever the object claims. Four times the
 * compressed cap, which is more than text compresses to in practice, and small enough for any phone.
 */
constexpr qint64 maxObjectJsonBytes = 4 * 1024 * 1024;

/** zlib cannot expand data more than about 1032 times: a declared size beyond that is a lie, refused unread. */
constexpr qint64 maxCompressionRatio = 1032;

/** All objects of one update together (compressed): the download a phone may be asked for. Bern: 286 KB. */
constexpr qint64 maxUpdateBytes = 64 * 1024 * 1024;

/**
 * An article's text in one language (title, summary and body, UTF-8). The longest today is under 4 KB; 256 KiB
 * is a small book, far more than anyone reads on a phone, and keeps search indexing and rendering quick.
 */
constexpr qint64 maxArticleBytes = 256 * 1024;

/** The editor's notes shown in "What's new", in characters. */
constexpr int maxNotesChars = 4000;

/** An object id ("article/<slug>/<lang>"), in characters; ids become file and SQL values. */
constexpr int maxIdChars = 200;

/** Keys a site may trust at once: the current one and a few for rotation. */
constexpr int maxTrustedKeys = 16;

/**
 * How long a manifest may stay valid after it was published. An expiry is what stops an attacker from keeping
 * phones on old content by replaying an old manifest (a freeze): the window is the longest such a freeze can last.
 * 180 days still lets editors re-publish twice a year; the tool's default is 30 days.
 */
constexpr int maxExpiryDays = 180;
constexpr int defaultExpiryDays = 30;

/**
 * How far a manifest's publish time may lie ahead of the phone's clock. A day covers a phone set to the wrong time
 * zone (up to 14 hours off) and ordinary drift; beyond that either the clock or the manifest is wrong, and a
 * manifest "from the future" could otherwise carry an expiry far beyond the window above.
 */
constexpr qint64 maxClockSkewSecs = 24 * 60 * 60;

/** A transfer that receives nothing for this long is given up (and resumed from its .part next time). */
constexpr int stallTimeoutMs = 20 * 1000;

/**
 * Every request has an overall deadline, so a server that drips a byte at a time cannot hold a sync forever:
 * a base for the round trips plus the object's size at a slow mobile rate (1 KiB/s, a weak 2G link).
 */
constexpr int requestBaseDeadlineMs = 60 * 1000;
constexpr qint64 minBytesPerSecond = 1024;

/**
 * One whole sync. Objects received so far are kept, so the next attempt (with back-off) continues where this one
 * stopped; a cap means a hostile or hopeless connection never keeps the app busy indefinitely.
 */
constexpr int syncDeadlineMs = 30 * 60 * 1000;

} // namespace ContentLimits
