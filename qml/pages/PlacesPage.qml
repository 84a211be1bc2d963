// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// Places and services that help, nearest first, with filters.
Page {
    id: page
    objectName: "places"

    readonly property var categories: ["", "integration-counselling", "residents-office", "school-office", "language-school",
        "interpreting", "social-insurance", "road-traffic-office", "library", "migration-service", "emergency"]

    header: PageHeader {
        title: qsTr("Places that help")
        canGoBack: page.StackView.view && page.StackView.view.depth > 1
        onBackClicked: page.StackView.view.pop()
    }

    OfferListModel {
        id: places
        content: Content
        language: App.language
        category: page.categories[category.currentIndex]
        openNow: openNow.checked
        freeOnly: freeOnly.checked
        // Until the user picks a place, distances count from the city centre; the position never leaves the device.
        fromLatitude: Content.center()[0]
        fromLongitude: Content.center()[1]
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ComboBox {
            id: category
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            model: [qsTr("All kinds of help"), qsTr("Integration counselling"), qsTr("Residents' office"), qsTr("School office"),
                    qsTr("Language courses"), qsTr("Interpreting"), qsTr("Social insurance"), qsTr("Road traffic office"),
                    qsTr("Libraries"), qsTr("Migration service"), qsTr("Emergencies")]
            Accessible.name: qsTr("Kind of help")
        }
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            spacing: Theme.spacing
            Switch {
                id: openNow
                text: qsTr("Open now")
                Accessible.name: text
            }
            Switch {
                id: freeOnly
                text: qsTr("Free of charge")
                Accessible.name: text
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: qsTr("Sorted by distance from the city centre.")
            opacity: 0.7
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        ListView {
            id: list
            objectName: "placesList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: places
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property string offerId
                required property string name
                required property string address
                required property real distance
                required property string openState
                readonly property string detailLine: {
                    const parts = [];
                    if (row.distance >= 0)
                        parts.push(row.distance < 1000 ? qsTr("%1 m").arg(Math.round(row.distance / 10) * 10)
                                                       : qsTr("%1 km").arg((row.distance / 1000).toLocaleString(Qt.locale(App.language), "f", 1)));
                    if (row.openState === "always")
                        parts.push(qsTr("open day and night"));
                    else if (row.openState.startsWith("closes "))
                        parts.push(qsTr("open until %1").arg(new Date(row.openState.substring(7)).toLocaleTimeString(Qt.locale(App.language), Locale.ShortFormat)));
                    else if (row.openState.startsWith("opens "))
                        parts.push(qsTr("opens %1").arg(new Date(row.openState.substring(6)).toLocaleString(Qt.locale(App.language), "ddd hh:mm")));
                    if (row.address.length > 0)
                        parts.push(row.address);
                    return parts.join(" · ");
                }
                width: ListView.view.width
                padding: 12
                onClicked: App.openLink("offer:" + row.offerId)
                Accessible.name: row.name + ". " + row.detailLine
                Accessible.onPressAction: row.clicked()
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.name
                        font.pixelSize: 16
                        font.weight: Font.Medium
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                    Label {
                        Layout.fillWidth: true
                        opacity: 0.75
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                        text: row.detailLine
                    }
                }
            }
            EmptyState {
                anchors.fill: parent
                visible: list.count === 0
                message: qsTr("Nothing matches these filters. Try another kind of help, or switch off “Open now”.")
            }
        }
    }
}
