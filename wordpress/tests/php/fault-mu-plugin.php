<?php
/**
 * Plugin Name: MSP test fault (tests only)
 * Description: While the file .msp-fault exists in the site's root, POST /wp-json/msp/v1/submissions
 * answers 503 (a host on a bad day); each such answer adds a line to .msp-fault-hits.
 */
add_filter(
	'rest_pre_dispatch',
	function ( $result, $server, $request ) {
		if ( 'POST' === $request->get_method() && '/msp/v1/submissions' === $request->get_route() && file_exists( ABSPATH . '.msp-fault' ) ) {
			file_put_contents( ABSPATH . '.msp-fault-hits', "503\n", FILE_APPEND | LOCK_EX );
			return new WP_REST_Response( array( 'error' => 'fault', 'message' => 'Panne simulée (503)' ), 503 );
		}
		return $result;
	},
	10,
	3
);

// The test machine has no mail server: WordPress's notices (new user, install) are not sent.
add_filter( 'pre_wp_mail', '__return_false' );
