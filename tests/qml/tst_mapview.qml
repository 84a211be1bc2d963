// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtPositioning
import QtTest
import Welcome

// MapView's QtLocation-shaped API: coordinates to view points and back, pan, zoom about a point, fit a shape.
Item {
    id: root
    width: 400
    height: 400

    Component {
        id: mapComponent
        MapView {
            width: 400
            height: 400
            center: QtPositioning.coordinate(46.94806, 7.4475)
            zoomLevel: 15
        }
    }

    TestCase {
        name: "MapView"
        when: windowShown

        function createMap() {
            const map = createTemporaryObject(mapComponent, root);
            verify(map);
            return map;
        }

        function test_centreIsTheMiddle() {
            const map = createMap();
            const p = map.fromCoordinate(map.center);
            fuzzyCompare(p.x, 200, 1e-6);
            fuzzyCompare(p.y, 200, 1e-6);
        }

        function test_roundTrip() {
            const map = createMap();
            const c = map.toCoordinate(Qt.point(310, 45));
            verify(c.latitude > map.center.latitude); // up is north
            verify(c.longitude > map.center.longitude); // right is east
            const p = map.fromCoordinate(c);
            fuzzyCompare(p.x, 310, 1e-6);
            fuzzyCompare(p.y, 45, 1e-6);
        }

        function test_panMovesTheView() {
            const map = createMap();
            const east = map.toCoordinate(Qt.point(456, 200));
            map.pan(256, 0);
            fuzzyCompare(map.center.longitude, east.longitude, 1e-9);
            fuzzyCompare(map.center.latitude, 46.94806, 1e-9);
            // One tile at zoom 15 is 360 / 2^15 degrees of longitude.
            fuzzyCompare(map.center.longitude - 7.4475, 360 / Math.pow(2, 15), 1e-9);
        }

        function test_zoomKeepsThePointUnderTheFinger() {
            const map = createMap();
            const under = map.toCoordinate(Qt.point(100, 300));
            map.zoomAround(16.5, Qt.point(100, 300));
            compare(map.zoomLevel, 16.5);
            const p = map.fromCoordinate(under);
            fuzzyCompare(p.x, 100, 1e-6);
            fuzzyCompare(p.y, 300, 1e-6);
            map.zoomAround(40, Qt.point(200, 200));
            compare(map.zoomLevel, map.maximumZoomLevel);
            map.zoomAround(-3, Qt.point(200, 200));
            compare(map.zoomLevel, map.minimumZoomLevel);
        }

        function test_fitViewportToGeoShape() {
            const map = createMap();
            // Bern to Thun: both ends inside the view, 40 pixels from the edge or more, and one of them near it.
            const bern = QtPositioning.coordinate(46.94806, 7.4475);
            const thun = QtPositioning.coordinate(46.758, 7.628);
            map.fitViewportToGeoShape(QtPositioning.rectangle(QtPositioning.coordinate(bern.latitude, bern.longitude),
                                                              QtPositioning.coordinate(thun.latitude, thun.longitude)), 40);
            const a = map.fromCoordinate(bern);
            const b = map.fromCoordinate(thun);
            for (const p of [a, b]) {
                verify(p.x >= 40 - 1e-6 && p.x <= 360 + 1e-6, "x " + p.x);
                verify(p.y >= 40 - 1e-6 && p.y <= 360 + 1e-6, "y " + p.y);
            }
            verify(Math.abs(a.y - 40) < 1e-6 || Math.abs(a.x - 40) < 1e-6, "fills the view: " + a.x + "," + a.y);
            verify(map.zoomLevel > 9 && map.zoomLevel < 12, map.zoomLevel);
        }

        function test_noTilesStillShowsWhy() {
            const map = createMap();
            // The test runner allows no downloads and has no packs: the note says so.
            const note = findChild(map, "mapNote");
            verify(note);
            tryCompare(note, "visible", true);
            verify(note.text.length > 0);
        }
    }
}
