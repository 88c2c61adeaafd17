<?php
// Runs the plugin's envelope validator (no WordPress needed) on fixture files and prints the
// verdicts as JSON: { "<file>": { "ok": bool, "problems": [ { path, message } ] } }.
// Usage: php validate-envelopes.php <envelope.schema.json> <fixture.json>...
define( 'MSP_WIDGETS_CLI', true );
require __DIR__ . '/../../msp-widgets/includes/class-msp-validator.php';

$validator = MSP_Widgets_Validator::from_file( $argv[1] );
$verdicts  = array();
foreach ( array_slice( $argv, 2 ) as $file ) {
	// Objects stay objects (stdClass), as the REST route decodes the body.
	$fixture = json_decode( file_get_contents( $file ) );
	$result  = $validator->validate( $fixture->envelope );
	$verdicts[ basename( $file ) ] = array(
		'ok'       => $result['ok'],
		'problems' => $result['problems'],
	);
}
echo json_encode( $verdicts, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT );
