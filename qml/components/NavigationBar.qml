// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material

// The bottom navigation: a row of NavigationTab, one per section. Plain items rather than a TabBar of TabButtons:
// it is on the first frame, and four Material buttons with their icon labels and ripples cost about as much to
// create as all of Home's topic tiles.
Rectangle {
    id: bar

    /** The selected tab; the tabs set it when tapped. */
    property int currentIndex: 0
    /** The tabs, laid out side by side in equal widths. */
    default property alias tabs: row.data

    implicitHeight: 64
    color: Material.theme === Material.Dark ? "#1f2226" : "#FFFFFF"

    // The shadow a raised bar casts upwards, drawn above the bar's own edge.
    Rectangle {
        width: parent.width
        height: 4
        y: -height
        gradient: Gradient {
            GradientStop {
                position: 0
                color: "transparent"
            }
            GradientStop {
                position: 1
                color: "#26000000"
            }
        }
    }

    Row {
        id: row
        anchors.fill: parent
    }
}
