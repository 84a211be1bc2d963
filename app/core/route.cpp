// SPDX-License-Identifier: GPL-3.0-or-later
#include "route.h"

#include <algorithm>
#include <iterator>

namespace {
struct KindInfo
{
    Route::Kind kind;
    const char *name;
    Route::Arguments arguments;
};

using A = Route::Arguments;
using K = Route::Kind;

// Every page of the app. The shell's table (AppShell.qml) has one row per name here; the self-test checks it.
constexpr KindInfo table[] = {
    { K::Home, "home", A::None },
    { K::Guide, "guide", A::None },
    { K::Checklist, "checklist", A::None },
    { K::Onboarding, "onboarding", A::None },
    { K::Places, "places", A::None },
    { K::Map, "map", A::None },
    { K::Location, "location", A::None },
    { K::Settings, "settings", A::None },
    { K::WhatsNew, "whatsnew", A::None },
    { K::Search, "search", A::OptionalQuery },
    { K::Topic, "topic", A::Id },
    { K::Article, "article", A::Id },
    { K::Offer, "offer", A::Id },
    { K::Step, "step", A::MemberAndStep },
    { K::Counter, "counter", A::MemberAndStep },
};

constexpr bool tableFollowsEnum()
{
    for (std::size_t i = 0; i < std::size(table); ++i) {
        if (int(table[i].kind) != int(i)) {
            return false;
        }
    }
    return true;
}
static_assert(tableFollowsEnum(), "one row per Route::Kind, in the order of the enum");
static_assert(int(K::Counter) + 1 == int(std::size(table)), "one row per Route::Kind");

const KindInfo &info(Route::Kind kind)
{
    return table[std::size_t(kind)];
}

bool isAsciiLowerOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

// Content ids: "registration", "emf-bern"; as the content tool allows them, and nothing that could be a path.
bool isId(QStringView s)
{
    return !s.isEmpty() && s.size() <= Route::maxIdLength && isAsciiLowerOrDigit(s.front())
        && std::all_of(s.begin(), s.end(), [](QChar c) { return isAsciiLowerOrDigit(c) || c == u'-'; });
}

// A step's record: its id, and for a step that recurs every year, ".<year>" after the first year
// ("premium-reduction.2028"; see PlannedStep::recordId).
bool isStepRecord(QStringView s)
{
    const auto dot = s.indexOf(u'.');
    if (dot < 0) {
        return isId(s);
    }
    const auto year = s.sliced(dot + 1);
    return isId(s.first(dot)) && year.size() == 4
        && std::all_of(year.begin(), year.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// Household member ids: "household" or what the checklist gives a member.
bool isMember(QStringView s)
{
    return !s.isEmpty() && s.size() <= Route::maxMemberLength && std::all_of(s.begin(), s.end(), [](QChar c) {
        return isAsciiLowerOrDigit(c) || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'-';
    });
}

// A search query is the reader's own words in any script, but one line of them.
bool isQuery(QStringView s)
{
    return !s.isEmpty() && s.size() <= Route::maxQueryLength && s.isValidUtf16()
        && std::none_of(s.begin(), s.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

bool argumentsFit(Route::Arguments shape, const QStringList &args)
{
    switch (shape) {
    case A::None:
        return args.isEmpty();
    case A::OptionalQuery:
        return args.isEmpty() || (args.size() == 1 && isQuery(args.constFirst()));
    case A::Id:
        return args.size() == 1 && isId(args.constFirst());
    case A::MemberAndStep:
        return args.size() == 2 && isMember(args.constFirst()) && isStepRecord(args.constLast());
    }
    return false;
}

template<typename T>
std::optional<T> fail(Route::Error *error, Route::Error why)
{
    if (error) {
        *error = why;
    }
    return std::nullopt;
}
} // namespace

Route::Route(Kind kind, QStringList arguments)
    : m_kind(kind)
    , m_arguments(std::move(arguments))
{ }

std::optional<Route> Route::make(Kind kind, const QStringList &arguments)
{
    if (!argumentsFit(argumentsOf(kind), arguments)) {
        return std::nullopt;
    }
    return Route(kind, arguments);
}

std::optional<Route> Route::make(QStringView kindName, const QStringList &arguments, Error *error)
{
    const auto kind = kindNamed(kindName);
    if (!kind) {
        return fail<Route>(error, Error::UnknownKind);
    }
    auto route = make(*kind, arguments);
    if (!route) {
        return fail<Route>(error, Error::BadArguments);
    }
    if (error) {
        *error = Error::None;
    }
    return route;
}

std::optional<Route> Route::parse(QStringView text, Error *error)
{
    if (text.isEmpty()) {
        return fail<Route>(error, Error::Empty);
    }
    if (text.size() > maxLength) {
        return fail<Route>(error, Error::TooLong);
    }
    const auto colon = text.indexOf(u':');
    const auto name = colon < 0 ? text : text.first(colon);
    const auto kind = kindNamed(name);
    if (!kind) {
        return fail<Route>(error, Error::UnknownKind);
    }
    QStringList args;
    if (colon >= 0) {
        const auto rest = text.sliced(colon + 1);
        // A query may hold any character, "/" included; only member and step are split.
        if (argumentsOf(*kind) == Arguments::MemberAndStep) {
            const auto slash = rest.indexOf(u'/');
            if (slash < 0) {
                return fail<Route>(error, Error::BadArguments);
            }
            args = QStringList { rest.first(slash).toString(), rest.sliced(slash + 1).toString() };
        } else {
            // "whatsnew:" and "search:" are not routes: an argument, when there is a colon, is never empty.
            args = QStringList { rest.toString() };
        }
    }
    return make(name, args, error);
}

std::optional<Route> Route::fromLink(QStringView link)
{
    // The place for plan links: "welcome://r/<code>" will map to a plan Kind here, once there is one.
    return parse(link);
}

QString Route::format(Kind kind, const QStringList &arguments)
{
    const auto route = make(kind, arguments);
    return route ? route->toString() : QString();
}

QString Route::toString() const
{
    auto text = kindName(m_kind);
    if (!m_arguments.isEmpty()) {
        text += QLatin1Char(':') + m_arguments.join(QLatin1Char('/'));
    }
    return text;
}

QList<Route::Kind> Route::kinds()
{
    QList<Kind> out;
    out.reserve(qsizetype(std::size(table)));
    for (const auto &row : table) {
        out.push_back(row.kind);
    }
    return out;
}

QString Route::kindName(Kind kind)
{
    return QString::fromLatin1(info(kind).name);
}

std::optional<Route::Kind> Route::kindNamed(QStringView name)
{
    for (const auto &row : table) {
        if (name == QLatin1String(row.name)) {
            return row.kind;
        }
    }
    return std::nullopt;
}

Route::Arguments Route::argumentsOf(Kind kind)
{
    return info(kind).arguments;
}

QString Route::grammar()
{
    QStringList forms;
    for (const auto &row : table) {
        const auto name = QString::fromLatin1(row.name);
        switch (row.arguments) {
        case A::None:
            forms.push_back(name);
            break;
        case A::OptionalQuery:
            forms.push_back(name + QStringLiteral("[:<query>]"));
            break;
        case A::Id:
            forms.push_back(name + QStringLiteral(":<id>"));
            break;
        case A::MemberAndStep:
            forms.push_back(name + QStringLiteral(":<member>/<step>"));
            break;
        }
    }
    return forms.join(QStringLiteral(", "));
}
