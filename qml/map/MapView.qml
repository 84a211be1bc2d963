// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtPositioning
import Welcome

// A slippy map drawn by the app (Qt 6.4 has no QtLocation), shaped like QtLocation's Map so that a move to
// Qt ≥ 6.5 is mostly a rename. Tiles come from offline packs, the disk cache, then the tile server (Tiles);
// with none of them it still draws the markers on a plain background and says why.
Item {
    id: root

    /** The coordinate at the middle of the view. */
    property var center: QtPositioning.coordinate(46.94806, 7.4475)
    /** Fractional zoom: at 0 the whole world is one 256-pixel tile; each step doubles the scale. */
    property real zoomLevel: 14
    property real minimumZoomLevel: 3
    property real maximumZoomLevel: Tiles.maxZoom
    /** The markers' rows: offerId, name, category, address, latitude and longitude (an OfferListModel). */
    property alias markerModel: clusters.sourceModel
    /** Where distances count from (the user's position or picked place); drawn as a dot when valid. */
    property var userCoordinate: QtPositioning.coordinate()

    /** While false (e.g. hidden), no tiles are looked up or downloaded. */
    property bool active: true

    /** A single offer's marker was tapped. */
    signal markerClicked(string offerId)

    readonly property real worldSize: 256 * Math.pow(2, zoomLevel)
    readonly property real centerWorldX: WebMercator.worldX(center.longitude)
    readonly property real centerWorldY: WebMercator.worldY(center.latitude)

    /** The view position of @p coordinate. */
    function fromCoordinate(coordinate): point {
        return Qt.point((WebMercator.worldX(coordinate.longitude) - centerWorldX) * worldSize + width / 2,
                        (WebMercator.worldY(coordinate.latitude) - centerWorldY) * worldSize + height / 2);
    }
    /** The coordinate under the view position @p position. */
    function toCoordinate(position: point): var {
        return QtPositioning.coordinate(WebMercator.latitude(centerWorldY + (position.y - height / 2) / worldSize),
                                        WebMercator.longitude(centerWorldX + (position.x - width / 2) / worldSize));
    }
    /** Moves the view by @p dx, @p dy pixels (the content moves the other way). */
    function pan(dx: real, dy: real) {
        const x = Math.min(1, Math.max(0, centerWorldX + dx / worldSize));
        const y = Math.min(1, Math.max(0, centerWorldY + dy / worldSize));
        center = QtPositioning.coordinate(WebMercator.latitude(y), WebMercator.longitude(x));
    }
    /** Pans so that @p coordinate is drawn at @p position. */
    function alignCoordinateToPoint(coordinate, position: point) {
        const p = fromCoordinate(coordinate);
        pan(p.x - position.x, p.y - position.y);
    }
    /** Zooms to @p level keeping the coordinate under @p position where it is (pinch, wheel, double tap). */
    function zoomAround(level: real, position: point) {
        const c = toCoordinate(position);
        zoomLevel = Math.max(minimumZoomLevel, Math.min(maximumZoomLevel, level));
        alignCoordinateToPoint(c, position);
    }
    /** Shows all of @p shape (a QtPositioning rectangle or circle) with @p margins pixels around it. */
    function fitViewportToGeoShape(shape, margins: real) {
        const r = shape.boundingGeoRectangle();
        const x0 = WebMercator.worldX(r.topLeft.longitude);
        const x1 = WebMercator.worldX(r.bottomRight.longitude);
        const y0 = WebMercator.worldY(r.topLeft.latitude);
        const y1 = WebMercator.worldY(r.bottomRight.latitude);
        const w = Math.max(1, width - 2 * margins);
        const h = Math.max(1, height - 2 * margins);
        const span = Math.max((x1 - x0) * 256 / w, (y1 - y0) * 256 / h);
        zoomLevel = span > 0 ? Math.max(minimumZoomLevel, Math.min(maximumZoomLevel, -Math.log2(span))) : maximumZoomLevel;
        center = QtPositioning.coordinate(WebMercator.latitude((y0 + y1) / 2), WebMercator.longitude((x0 + x1) / 2));
    }

    clip: true
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Map of the places that help")

    TileLayerModel {
        id: tiles
        store: Tiles
        centerX: root.centerWorldX
        centerY: root.centerWorldY
        zoomLevel: root.zoomLevel
        viewWidth: root.active ? root.width : 0
        viewHeight: root.active ? root.height : 0
    }

    MarkerClusterModel {
        id: clusters
        zoomLevel: Math.round(root.zoomLevel)
        cellSize: 44
    }

    // The plain background shows where tiles are missing.
    Rectangle {
        anchors.fill: parent
        color: "#E8E4DA"
    }

    // Tiles at a whole zoom, scaled to the fractional one; a map is never mirrored for right-to-left.
    Item {
        x: root.width / 2 - tiles.centerOffsetX * tiles.scale
        y: root.height / 2 - tiles.centerOffsetY * tiles.scale
        scale: tiles.scale
        transformOrigin: Item.TopLeft

        Repeater {
            model: tiles
            delegate: Image {
                required property int tileX
                required property int tileY
                required property url imageSource
                x: tileX
                y: tileY
                // Half a pixel of overlap hides seams between scaled tiles.
                width: 256.5
                height: 256.5
                source: imageSource
                asynchronous: true
                smooth: true
                Accessible.ignored: true
            }
        }
    }

    DragHandler {
        id: drag
        target: null
        property vector2d last
        onActiveChanged: last = Qt.vector2d(0, 0)
        onTranslationChanged: {
            root.pan(last.x - translation.x, last.y - translation.y);
            last = translation;
        }
    }
    PinchHandler {
        target: null
        property real startZoom
        onActiveChanged: {
            if (active)
                startZoom = root.zoomLevel;
        }
        onActiveScaleChanged: root.zoomAround(startZoom + Math.log2(activeScale), centroid.position)
    }
    WheelHandler {
        id: wheel
        target: null
        onWheel: event => root.zoomAround(root.zoomLevel + event.angleDelta.y / 240, wheel.point.position)
    }
    TapHandler {
        onDoubleTapped: eventPoint => root.zoomAround(Math.round(root.zoomLevel) + 1, eventPoint.position)
    }

    // The user's position or picked place.
    Rectangle {
        readonly property point at: root.userCoordinate.isValid ? root.fromCoordinate(root.userCoordinate) : Qt.point(-100, -100)
        visible: root.userCoordinate.isValid
        x: at.x - width / 2
        y: at.y - height / 2
        width: 18
        height: 18
        radius: 9
        color: "#1A73E8"
        border.color: "white"
        border.width: 3
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Your position")
    }

    Repeater {
        model: clusters
        delegate: MapMarker {
            id: marker
            required property real latitude
            required property real longitude
            required property real minLatitude
            required property real maxLatitude
            required property real minLongitude
            required property real maxLongitude
            // Repeater items are children of the map; a delegate cannot see the map's id (qmllint), so it asks its parent.
            readonly property MapView map: marker.parent as MapView
            readonly property point at: map ? map.fromCoordinate(QtPositioning.coordinate(latitude, longitude)) : Qt.point(-100, -100)
            x: at.x - width / 2
            y: at.y - height / 2
            onClicked: {
                if (marker.memberCount > 1)
                    marker.map.fitViewportToGeoShape(QtPositioning.rectangle(QtPositioning.coordinate(marker.maxLatitude, marker.minLongitude),
                                                                       QtPositioning.coordinate(marker.minLatitude, marker.maxLongitude)), 64);
                else
                    marker.map.markerClicked(marker.offerId);
            }
        }
    }

    Column {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        RoundButton {
            text: "+"
            font.pixelSize: 20
            enabled: root.zoomLevel < root.maximumZoomLevel
            onClicked: root.zoomAround(Math.round(root.zoomLevel) + 1, Qt.point(root.width / 2, root.height / 2))
            Accessible.name: qsTr("Zoom in")
        }
        RoundButton {
            text: "−"
            font.pixelSize: 20
            enabled: root.zoomLevel > root.minimumZoomLevel
            onClicked: root.zoomAround(Math.round(root.zoomLevel) - 1, Qt.point(root.width / 2, root.height / 2))
            Accessible.name: qsTr("Zoom out")
        }
    }

    // Why the map is empty: said plainly, while the markers still work.
    Label {
        objectName: "mapNote"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        anchors.rightMargin: 64
        visible: tiles.missingTiles > 0 && tiles.packTiles + tiles.serverTiles === 0
        padding: Theme.spacing
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallFont
        horizontalAlignment: Text.AlignLeft
        background: Rectangle {
            color: "#F2FFFFFF"
            radius: 4
        }
        text: Tiles.serverUrl.length === 0 && Tiles.packCount === 0
              ? qsTr("No offline map is installed and map downloads are off, so the places are shown without a map.")
              : Tiles.serverUnreachable
                ? qsTr("The map server cannot be reached (no connection?), so the places are shown without a map.")
                : qsTr("Loading the map…")
    }

    // Attribution: always visible while tiles from a server or a pack are drawn.
    Label {
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        readonly property string packCredits: tiles.packTiles > 0 ? Tiles.packAttribution : ""
        readonly property string serverCredits: tiles.serverTiles > 0 || Tiles.serverUrl.length > 0 ? Tiles.serverAttribution : ""
        readonly property string credits: packCredits.length > 0 && serverCredits.length > 0 ? packCredits + " · " + serverCredits
                                                                                            : packCredits + serverCredits
        visible: credits.length > 0
        text: credits
        padding: 3
        leftPadding: 6
        rightPadding: 6
        font.pixelSize: 11
        color: "#333333"
        background: Rectangle {
            color: "#CCFFFFFF"
        }
        Accessible.name: qsTr("Map data: %1").arg(credits)
    }
}
