<?php
/**
 * Plugin Name:       MSP Widgets — participation des usagers
 * Description:       Boîte à idées, questionnaire de satisfaction, inscriptions aux ateliers et auto-évaluation de l’équipe (continuum de l’engagement), avec leur point de collecte dans WordPress et la page « Participation des usagers ».
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            msp-widgets
 * License:           MIT
 * Text Domain:       msp-widgets
 * Domain Path:       /languages
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'MSP_WIDGETS_VERSION', '0.1.0' );
define( 'MSP_WIDGETS_FILE', __FILE__ );
define( 'MSP_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'MSP_WIDGETS_URL', plugin_dir_url( __FILE__ ) );
/** The capability that opens the team's page and the read routes. */
define( 'MSP_WIDGETS_CAPABILITY', 'msp_read_results' );

require_once MSP_WIDGETS_DIR . 'includes/class-msp-validator.php';
require_once MSP_WIDGETS_DIR . 'includes/class-msp-settings.php';
require_once MSP_WIDGETS_DIR . 'includes/class-msp-schema.php';
require_once MSP_WIDGETS_DIR . 'includes/class-msp-seats.php';
require_once MSP_WIDGETS_DIR . 'includes/class-msp-store.php';
require_once MSP_WIDGETS_DIR . 'includes/class-msp-rest.php';
require_once MSP_WIDGETS_DIR . 'includes/class-msp-widgets-render.php';
require_once MSP_WIDGETS_DIR . 'includes/class-msp-admin.php';
require_once MSP_WIDGETS_DIR . 'includes/class-msp-privacy.php';

register_activation_hook( __FILE__, array( 'MSP_Widgets_Schema', 'activate' ) );
register_deactivation_hook( __FILE__, array( 'MSP_Widgets_Privacy', 'unschedule' ) );

add_action( 'plugins_loaded', array( 'MSP_Widgets_Schema', 'maybe_upgrade' ) );
add_action(
	'init',
	function () {
		load_plugin_textdomain( 'msp-widgets', false, dirname( plugin_basename( MSP_WIDGETS_FILE ) ) . '/languages' );
	}
);
MSP_Widgets_Rest::hooks();
MSP_Widgets_Render::hooks();
MSP_Widgets_Admin::hooks();
MSP_Widgets_Privacy::hooks();
