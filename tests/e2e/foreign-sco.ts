/**
 * Hand-made third-party single-SCO packages for the preview LMS tests: written the way other tools
 * write them (own identifiers, resources in a subfolder, xml:base, no files list), not by our exporter.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';

const MANIFEST_12 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.golf.12" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="golf_org">
    <organization identifier="golf_org"><title>Golf Explained</title>
      <item identifier="item_1" identifierref="resource_1"><title>Golf Explained</title>
        <adlcp:masteryscore>80</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource_1" type="webcontent" adlcp:scormtype="sco" href="shared/launchpage.html?lang=en">
      <file href="shared/launchpage.html"/>
    </resource>
  </resources>
</manifest>`;

const MANIFEST_2004 = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="com.example.golf.2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
  <metadata><schema>ADL SCORM</schema><schemaversion>2004 3rd Edition</schemaversion></metadata>
  <organizations default="org">
    <organization identifier="org"><title>Golf 2004</title>
      <item identifier="item" identifierref="res"><title>Golf 2004</title>
        <imsss:sequencing><imsss:objectives>
          <imsss:primaryObjective objectiveID="p" satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure></imsss:primaryObjective>
        </imsss:objectives></imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources xml:base="content/">
    <resource identifier="res" type="webcontent" adlcp:scormType="sco" href="sco.html"><file href="sco.html"/></resource>
  </resources>
</manifest>`;

/** The usual API discovery (walk up parents, then the opener), as in the ADL/pipwerks wrappers. */
const FIND_API = `function findAPI(name) {
  var win = window, tries = 0;
  while (win && tries++ < 500) {
    if (win[name]) return win[name];
    if (win.parent && win.parent !== win) { win = win.parent; continue; }
    win = win.opener;
  }
  return null;
}`;

const SCO_12 = `<!doctype html><html><head><meta charset="utf-8"><title>Golf SCO 1.2</title><script>
${FIND_API}
var api = findAPI('API');
window.scoLog = [];
api.LMSInitialize('');
window.learnerName = api.LMSGetValue('cmi.core.student_name');
window.entry = api.LMSGetValue('cmi.core.entry');
window.mastery = api.LMSGetValue('cmi.student_data.mastery_score');
if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
api.LMSSetValue('cmi.core.score.raw', '85');
api.LMSSetValue('cmi.core.score.min', '0');
api.LMSSetValue('cmi.core.score.max', '100');
api.LMSSetValue('cmi.core.lesson_status', 'passed');
api.LMSSetValue('cmi.core.session_time', '00:00:05');
api.LMSCommit('');
api.LMSFinish('');
</script></head><body><p id="who"></p><script>document.getElementById('who').textContent = window.learnerName;</script></body></html>`;

const SCO_2004 = `<!doctype html><html><head><meta charset="utf-8"><title>Golf SCO 2004</title><script>
${FIND_API}
var api = findAPI('API_1484_11');
api.Initialize('');
window.learnerName = api.GetValue('cmi.learner_name');
window.passing = api.GetValue('cmi.scaled_passing_score');
api.SetValue('cmi.score.scaled', '0.85');
api.SetValue('cmi.score.raw', '85');
api.SetValue('cmi.score.min', '0');
api.SetValue('cmi.score.max', '100');
api.SetValue('cmi.completion_status', 'completed');
api.SetValue('cmi.success_status', 'passed');
api.SetValue('cmi.session_time', 'PT5S');
api.SetValue('cmi.exit', 'normal');
api.Commit('');
api.Terminate('');
</script></head><body><p id="who"></p><script>document.getElementById('who').textContent = window.learnerName;</script></body></html>`;

/** A 1.2 SCO that opens and closes the session at once, leaving the status "not attempted". */
const SCO_12_LEAVES = `<!doctype html><title>Leaves at once</title><script>
${FIND_API}
var api = findAPI('API'); api.LMSInitialize(''); api.LMSFinish('');
</script>`;

/** Write the packages into `dir`; returns their paths. */
export function writeForeignPackages(dir: string): { zip12: string; zip2004: string; zip12Leaves: string } {
  const paths = {
    zip12: join(dir, 'golf-12.zip'),
    zip2004: join(dir, 'golf-2004.zip'),
    zip12Leaves: join(dir, 'leaves-12.zip'),
  };
  writeFileSync(
    paths.zip12,
    zipSync({ 'imsmanifest.xml': strToU8(MANIFEST_12), shared: { 'launchpage.html': strToU8(SCO_12) } }),
  );
  writeFileSync(
    paths.zip2004,
    zipSync({ 'imsmanifest.xml': strToU8(MANIFEST_2004), content: { 'sco.html': strToU8(SCO_2004) } }),
  );
  writeFileSync(
    paths.zip12Leaves,
    zipSync({ 'imsmanifest.xml': strToU8(MANIFEST_12), shared: { 'launchpage.html': strToU8(SCO_12_LEAVES) } }),
  );
  return paths;
}
