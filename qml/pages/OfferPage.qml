// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// A place or service that helps: what it does, where it is, and how to reach it.
Page {
    id: page

    /** The offer shown. */
    required property string offerId

    header: PageHeader {
        title: qsTr("Where to get help")
        canGoBack: true
        onBackClicked: page.StackView.view.pop()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flick.width - Theme.maxContentWidth) / 2)
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, Theme.maxContentWidth)
            spacing: Theme.margin

            EmptyState {
                Layout.fillWidth: true
                visible: offers.count === 0
                message: qsTr("This place is not in the guide (any more).")
            }
            Repeater {
                model: OfferListModel {
                    id: offers
                    content: Content
                    language: App.language
                    offerId: page.offerId
                }
                delegate: OfferDetails {
                    Layout.fillWidth: true
                }
            }
        }
    }

    component OfferDetails: ColumnLayout {
        id: details
        required property string name
        required property string description
        required property string address
        required property string phone
        required property string email
        required property string web
        required property var latitude
        required property var longitude
        required property bool hasLocation
        required property var languageNames
        required property var free
        required property var wheelchair
        required property var appointment
        required property string hoursNote
        required property var weekHours
        required property string openState
        required property var articles
        required property bool needsReview

        spacing: Theme.margin

        function facts(): string {
            const cost = details.free === true ? qsTr("Free of charge") : details.free === false ? qsTr("Costs money") : "";
            const access = details.wheelchair === true ? qsTr("Wheelchair accessible")
                         : details.wheelchair === false ? qsTr("Not wheelchair accessible") : "";
            const booking = details.appointment === true ? qsTr("By appointment only") : "";
            let text = cost;
            for (const part of [access, booking]) {
                if (part.length > 0)
                    text = text.length > 0 ? text + " · " + part : part;
            }
            return text;
        }

        Label {
            Layout.fillWidth: true
            text: details.name
            font.pixelSize: Theme.titleFont
            font.weight: Font.Bold
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: details.description
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodyFont
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            Layout.fillWidth: true
            visible: details.address.length > 0
            text: details.address
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Label {
            Layout.fillWidth: true
            visible: details.languageNames.length > 0
            text: qsTr("Languages spoken: %1").arg(details.languageNames.join(", "))
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        // Opening hours per weekday in the reader's day names; "always" for the emergency lines.
        Label {
            Layout.fillWidth: true
            visible: details.openState === "always" || details.weekHours.length > 0 || details.hoursNote.length > 0
            text: qsTr("Opening hours")
            font.weight: Font.Medium
            horizontalAlignment: Text.AlignLeft
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: details.openState === "always"
            text: qsTr("Day and night, every day")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Repeater {
            model: details.openState === "always" ? [] : details.weekHours
            delegate: RowLayout {
                id: day
                required property var modelData
                Layout.fillWidth: true
                Label {
                    Layout.preferredWidth: 110
                    // Qt counts days from Sunday = 0; the model from Monday = 1.
                    text: Qt.locale(App.language).dayName(day.modelData.day % 7, Locale.LongFormat)
                    horizontalAlignment: Text.AlignLeft
                }
                Label {
                    Layout.fillWidth: true
                    text: day.modelData.ranges
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: details.hoursNote.length > 0
            text: details.hoursNote
            wrapMode: Text.Wrap
            font.italic: true
            horizontalAlignment: Text.AlignLeft
        }
        // What is known about cost, access and appointments; nothing is said where nothing is known.
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: details.facts()
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                visible: details.phone.length > 0
                text: qsTr("Call")
                highlighted: true
                onClicked: App.openLink("tel:" + details.phone)
                Accessible.name: qsTr("Call %1").arg(details.name)
            }
            Button {
                visible: details.email.length > 0
                text: qsTr("Write")
                onClicked: App.openLink("mailto:" + details.email)
                Accessible.name: qsTr("Write an e-mail to %1").arg(details.name)
            }
            Button {
                visible: details.web.length > 0
                text: qsTr("Website")
                onClicked: App.openLink(details.web)
                Accessible.name: qsTr("Open the website of %1").arg(details.name)
            }
            Button {
                visible: details.address.length > 0 || details.hasLocation
                text: qsTr("Directions")
                // geo: hands the place to the phone's map app; the position never leaves the device. Without a
                // cited point the map app looks up the address itself.
                onClicked: App.openLink(details.hasLocation
                                        ? "geo:" + details.latitude + "," + details.longitude + "?q=" + details.latitude + ","
                                          + details.longitude + "(" + encodeURIComponent(details.name) + ")"
                                        : "geo:0,0?q=" + encodeURIComponent(details.address))
                Accessible.name: qsTr("Directions to %1 in the map app").arg(details.name)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: details.articles.length > 0
            text: qsTr("Read more")
            font.weight: Font.Medium
            horizontalAlignment: Text.AlignLeft
        }
        Repeater {
            model: details.articles
            delegate: ItemDelegate {
                id: link
                required property string modelData
                Layout.fillWidth: true
                text: Content.articleTitle(link.modelData, App.language)
                onClicked: App.open("article", [link.modelData])
                Accessible.name: text
                Accessible.onPressAction: link.clicked()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: details.needsReview
            text: qsTr("Our editors are still verifying some details of this entry. Please check before you go.")
            wrapMode: Text.Wrap
            opacity: 0.7
            font.pixelSize: 13
            horizontalAlignment: Text.AlignLeft
        }
    }
}
