<?php
// Reads scenarios (JSON on stdin: [{ capacity, signups: [{id, seats}], cancelled: [ids] }]) and prints
// the PHP seat rule's allocation of each, for the Node test that compares it with src/contracts/seats.ts.
define( 'MSP_WIDGETS_CLI', true );
require __DIR__ . '/../../msp-widgets/includes/class-msp-seats.php';
$out = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $s ) {
	$out[] = MSP_Widgets_Seats::allocate( 'e', $s['capacity'], $s['signups'], $s['cancelled'] );
}
echo json_encode( $out );
