<?php
// Unit tests of the plugin's pure parts (no WordPress): the envelope validator and the seat rule.
define( 'MSP_WIDGETS_CLI', true );
require __DIR__ . '/../../../msp-widgets/includes/class-msp-validator.php';
require __DIR__ . '/../../../msp-widgets/includes/class-msp-seats.php';
