// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Welcome

// One marker on the map: a dot in the colour of the offer's category, or a cluster with how many it holds.
AbstractButton {
    id: marker

    required property int memberCount
    required property string offerId
    required property string name
    required property string category

    readonly property var categoryColors: ({
            "integration-counselling": "#00796B",
            "residents-office": "#1565C0",
            "school-office": "#EF6C00",
            "language-school": "#6A1B9A",
            "interpreting": "#AD1457",
            "social-insurance": "#5D4037",
            "road-traffic-office": "#546E7A",
            "library": "#2E7D32",
            "migration-service": "#283593",
            "emergency": "#B3261E",
            "health-care": "#C62828",
            "health-insurer": "#00838F",
            "bank": "#455A64",
            "asylum-social-service": "#4527A0",
            "social-services": "#6D4C41",
            "job-centre": "#F9A825",
            "career-advice": "#9E9D24",
            "tax-office": "#37474F",
            "parent-advice": "#D81B60",
            "childcare": "#FB8C00",
            "legal-advice": "#1A237E",
            "victim-help": "#880E4F"
        })

    width: memberCount > 1 ? 40 : 28
    height: width
    Accessible.role: Accessible.Button
    Accessible.name: memberCount > 1 ? qsTr("%n places here; zoom in", "", memberCount) : name
    Accessible.onPressAction: marker.clicked()

    background: Rectangle {
        radius: width / 2
        color: marker.categoryColors[marker.category] || Theme.primary
        border.color: "white"
        border.width: 3
        opacity: marker.pressed ? 0.7 : 1
    }
    contentItem: Label {
        visible: marker.memberCount > 1
        text: marker.memberCount
        color: "white"
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
