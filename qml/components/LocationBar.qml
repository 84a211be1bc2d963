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

    onClicked: App.openLink("location:")
    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin
    Accessible.name: qsTr("Sorted by distance from %1. Change").arg(bar.origin)
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
        Label {
            Layout.fillWidth: true
            text: qsTr("Sorted by distance from %1.").arg(bar.origin)
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
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
