// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Welcome

// Where distances count from, and a way to change it. The position stays on the device.
ItemDelegate {
    id: bar

    readonly property string origin: UserPosition.mode === UserPosition.Place ? UserPosition.placeName
        : UserPosition.mode === UserPosition.Device ? (UserPosition.hasFix ? qsTr("your position") : qsTr("your last known position"))
        : qsTr("the city centre")

    readonly property string problem: UserPosition.mode !== UserPosition.Device ? ""
        : UserPosition.state === UserPosition.Unavailable ? qsTr("This device cannot tell its position: pick a place.")
        : UserPosition.state === UserPosition.NoPermission ? qsTr("The app may not use your position: pick a place, or allow it in the settings.")
        : UserPosition.state === UserPosition.Waiting ? qsTr("Looking for your position…")
        : ""

    onClicked: App.open("location")
    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    Accessible.name: qsTr("Sorted by distance from %1. %2 Change").arg(bar.origin).arg(bar.problem)
    Accessible.onPressAction: bar.clicked()

    contentItem: RowLayout {
        spacing: Theme.spacing
        Image {
            source: "../icons/my-location.svg"
            sourceSize.width: 20
            sourceSize.height: 20
            opacity: 0.7
            Accessible.ignored: true
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: qsTr("Sorted by distance from %1.").arg(bar.origin)
                font.pixelSize: Theme.smallFont
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
            }
            // The phone's position was asked for but is not there: say why, here on the list and the map.
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: bar.problem
                color: Theme.accent
                font.pixelSize: Theme.smallFont
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft
            }
        }
        Label {
            //: Button: choose where distances count from
            text: qsTr("Change")
            color: Theme.primary
            font.pixelSize: Theme.smallFont
            font.weight: Font.Medium
        }
    }
}
