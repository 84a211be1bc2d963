// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

ApplicationWindow {
    width: 420
    height: 860
    visible: true
    title: "Start-up baseline"

    Column {
        anchors.centerIn: parent
        spacing: 16

        Label {
            anchors.horizontalCenter: parent.horizontalCenter
            text: "Hello, world"
            font.pixelSize: 24
        }

        Button {
            anchors.horizontalCenter: parent.horizontalCenter
            text: "Continue"
            highlighted: true
        }
    }
}
