<?php
// Test helper: runs PHP code inside the test WordPress and prints its return value as JSON.
// Usage: php wp-eval.php <docroot> <code>   (code is the body of a function; `return` a value)
$_SERVER['HTTP_HOST']   = getenv( 'MSP_WP_HOST' ) ?: '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_USE_THEMES', false );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
$msp_result = ( function () use ( $argv ) {
	return eval( $argv[2] ); // phpcs:ignore Squiz.PHP.Eval.Discouraged -- a test helper, never shipped.
} )();
echo "\n@@MSP@@" . json_encode( $msp_result, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
