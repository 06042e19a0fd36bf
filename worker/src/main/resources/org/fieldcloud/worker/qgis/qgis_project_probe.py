#!/usr/bin/python3
"""Open a QGIS project headless and report what QGIS itself sees.

Run by the FieldCloud worker (Java) with Debian's /usr/bin/python3 and
QT_QPA_PLATFORM=offscreen. Input: command line; output: one JSON file.
The Java side owns everything it can read from the project XML; this
helper only answers what needs QGIS: layer validity and errors as QGIS's
own providers report them, and the rendered thumbnail.

usage: qgis_project_probe.py PROJECT OUTPUT_JSON [--thumbnail PNG] [--size PX]
"""

import argparse
import json
import os
import sys
import tempfile
import traceback


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("project")
    parser.add_argument("output")
    parser.add_argument("--thumbnail")
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--network-timeout-ms", type=int, default=1000)
    parser.add_argument("--render-timeout-ms", type=int, default=10000)
    args = parser.parse_args()

    # A private profile so nothing is read from or written to the user's QGIS settings.
    os.environ.setdefault("QGIS_CUSTOM_CONFIG_PATH", tempfile.mkdtemp(prefix="fc-qgis-"))

    from qgis.core import (
        Qgis,
        QgsApplication,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsNetworkAccessManager,
        QgsProject,
        QgsProjectBadLayerHandler,
        QgsProviderRegistry,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QEventLoop, QSettings, QSize, QTimer
    from qgis.PyQt.QtGui import QColor

    app = QgsApplication([], False)
    app.initQgis()
    # Online layers (basemaps, remote services) must fail fast: the worker has no internet.
    QSettings().setValue("qgis/networkAndProxy/networkTimeout", args.network_timeout_ms)
    QgsNetworkAccessManager.setTimeout(args.network_timeout_ms)

    result = {"qgis_version": Qgis.version(), "layers": [], "thumbnail": None}

    original_sources = {}

    class RecordingBadLayerHandler(QgsProjectBadLayerHandler):
        """Keeps the data source QGIS could not open, like QFieldCloud's worker does."""

        def handleBadLayers(self, layers):
            for node in layers:
                element = node.toElement()
                layer_id = element.firstChildElement("id").text()
                original_sources[layer_id] = element.firstChildElement("datasource").text()

    project = QgsProject.instance()
    handler = RecordingBadLayerHandler()
    project.setBadLayerHandler(handler)

    map_settings = QgsMapSettings()
    canvas = {"found": False}

    def on_read_project(doc):
        nodes = doc.elementsByTagName("mapcanvas")
        for i in range(nodes.size()):
            node = nodes.item(i)
            if node.toElement().attribute("name") == "theMapCanvas":
                map_settings.readXml(node)
                canvas["found"] = True

    project.readProject.connect(on_read_project)

    flags = QgsProject.ReadFlags()
    for name in ("FlagDontLoadLayouts", "FlagDontLoad3DViews", "FlagForceReadOnlyLayers"):
        flag = getattr(QgsProject, name, None)
        if flag is not None:
            flags |= flag
    result["read_ok"] = bool(project.read(args.project, flags))

    for layer in project.mapLayers().values():
        result["layers"].append(describe_layer(layer, original_sources, QgsProviderRegistry, QgsWkbTypes))

    if args.thumbnail:
        try:
            result["thumbnail"] = render_thumbnail(
                project, map_settings, args, QgsMapRendererParallelJob, QSize, QColor, QEventLoop, QTimer
            )
        except Exception:  # the thumbnail is optional; its failure must not hide the layer report
            result["thumbnail_error"] = traceback.format_exc()

    with open(args.output, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=2, sort_keys=True)
    project.clear()
    app.exitQgis()


def error_text(error, summary):
    # QgsError.summary() on an empty error crashes QGIS 3.22: check messageList first.
    if error is None or not error.messageList():
        return ""
    return error.summary() if summary else error.message()


def describe_layer(layer, original_sources, registry, wkb_types):
    provider = layer.dataProvider()
    source = original_sources.get(layer.id(), layer.source())
    provider_key = layer.providerType()
    decoded = {}
    if provider_key:
        try:
            decoded = registry.instance().decodeUri(provider_key, source) or {}
        except Exception:
            decoded = {}
    info = {
        "id": layer.id(),
        "name": layer.name(),
        "provider_name": provider_key or None,
        "source": source,
        "filename": decoded.get("path", "") or "",
        "layer_name": decoded.get("layerName", "") or "",
        "is_valid": bool(layer.isValid()),
        "has_provider": provider is not None,
        "provider_is_valid": bool(provider.isValid()) if provider is not None else False,
        "crs": layer.crs().authid() or None,
        "error_summary": error_text(layer.error(), True),
        "error_message": error_text(layer.error(), False),
        "provider_error_summary": error_text(provider.error(), True) if provider is not None else "",
        "provider_error_message": error_text(provider.error(), False) if provider is not None else "",
    }
    if hasattr(layer, "wkbType"):
        info["wkb_type"] = int(layer.wkbType())
        info["wkb_type_name"] = wkb_types.displayString(layer.wkbType())
        info["feature_count"] = int(layer.featureCount()) if layer.isValid() else None
    return info


def render_thumbnail(project, map_settings, args, job_class, qsize, qcolor, event_loop, qtimer):
    """Render the map canvas extent of the project, as QFieldCloud does (100x100 by default)."""
    root = project.layerTreeRoot()
    ordered = root.customLayerOrder() if root.hasCustomLayerOrder() else root.layerOrder()
    visible_ids = {node.layerId() for node in root.findLayers() if node.isVisible()}
    layers = [layer for layer in ordered if layer is not None and layer.isValid() and layer.id() in visible_ids]
    map_settings.setLayers(layers)
    map_settings.setRotation(0)
    map_settings.setTransformContext(project.transformContext())
    map_settings.setOutputSize(qsize(args.size, args.size))
    red = project.readNumEntry("Gui", "/CanvasColorRedPart", 255)[0]
    green = project.readNumEntry("Gui", "/CanvasColorGreenPart", 255)[0]
    blue = project.readNumEntry("Gui", "/CanvasColorBluePart", 255)[0]
    map_settings.setBackgroundColor(qcolor(red, green, blue))
    if map_settings.extent().isEmpty():
        map_settings.setExtent(map_settings.fullExtent())
    if map_settings.extent().isEmpty() or not map_settings.extent().isFinite():
        return None
    job = job_class(map_settings)
    loop = event_loop()
    job.finished.connect(loop.quit)
    timer = qtimer()
    timer.setSingleShot(True)
    timer.timeout.connect(job.cancelWithoutBlocking)
    timer.start(args.render_timeout_ms)
    job.start()
    if job.isActive():
        loop.exec_()
    timer.stop()
    image = job.renderedImage()
    if image.isNull() or not image.save(args.thumbnail, "png"):
        raise RuntimeError("could not write the thumbnail image")
    return args.thumbnail


if __name__ == "__main__":
    sys.exit(main())
