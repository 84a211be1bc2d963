// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// Where distances count from: the phone's position, a postcode or quarter, or the city centre.
Page {
    id: page

    header: PageHeader {
        title: qsTr("Where are you?")
        canGoBack: page.StackView.view && page.StackView.view.depth > 1
        onBackClicked: page.StackView.view.pop()
    }

    // A picked place or the centre is a final answer: back to the list. The phone's position may still need a moment.
    Connections {
        target: UserPosition
        function onPlaceChosen() {
            if (page.StackView.view && page.StackView.view.depth > 1)
                page.StackView.view.pop();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: 0
            text: qsTr("Places that help are sorted by distance from this point. It stays on your phone and is never sent anywhere.")
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
        }
        Button {
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            icon.source: "../icons/my-location.svg"
            text: qsTr("Use my position")
            highlighted: UserPosition.mode === UserPosition.Device
            onClicked: UserPosition.useDevicePosition()
            Accessible.name: text
        }
        Label {
            id: status
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            visible: UserPosition.mode === UserPosition.Device && text.length > 0
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            color: UserPosition.state === UserPosition.Fix ? Material.foreground : Theme.accent
            text: {
                switch (UserPosition.state) {
                case UserPosition.Unavailable:
                    return qsTr("This device cannot tell its position. Please pick your postcode or quarter below.");
                case UserPosition.NoPermission:
                    return qsTr("The app may not use your position. Allow it in the system settings, or pick your postcode or quarter below.");
                case UserPosition.Waiting:
                    return qsTr("Looking for your position… This can take a minute, especially indoors.");
                case UserPosition.Fix:
                    return UserPosition.accuracy > 0 ? qsTr("Using your position (accurate to about %1 m).").arg(Math.round(UserPosition.accuracy))
                                                 : qsTr("Using your position.");
                default:
                    return "";
                }
            }
            Accessible.name: text
        }
        Button {
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            flat: true
            text: qsTr("Use the city centre")
            highlighted: UserPosition.mode === UserPosition.Centre
            onClicked: {
                UserPosition.useCentre();
            }
            Accessible.name: text
        }
        TextField {
            id: filter
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            placeholderText: qsTr("Postcode or quarter, e.g. 3018 or Bümpliz")
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Search a postcode or quarter")
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: PlaceListModel {
                content: Content
                language: App.language
                filter: filter.text
            }
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property string label
                required property real latitude
                required property real longitude
                width: ListView.view.width
                text: row.label
                highlighted: UserPosition.mode === UserPosition.Place && UserPosition.placeName === row.label
                onClicked: UserPosition.choosePlace(row.label, row.latitude, row.longitude)
                Accessible.name: qsTr("Measure from %1").arg(row.label)
                Accessible.onPressAction: row.clicked()
            }
            EmptyState {
                anchors.fill: parent
                visible: list.count === 0
                message: qsTr("No postcode or quarter matches. Try the first digits of your postcode.")
            }
        }
    }
}
