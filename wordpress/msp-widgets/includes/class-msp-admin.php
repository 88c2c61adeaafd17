<?php
/**
 * wp-admin: the team's page « Participation des usagers » (`<msp-results>` reading the plugin's
 * routes with the logged-in cookie and a REST nonce; the team's continuum self-check), and the
 * settings page (external endpoint, retention, who may read, uninstall choice, the HDS warning).
 *
 * @package msp-widgets
 */

defined( 'ABSPATH' ) || exit;

class MSP_Widgets_Admin {

	const SLUG = 'msp-participation';

	public static function hooks() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_action( 'admin_init', array( __CLASS__, 'settings' ) );
	}

	public static function menu() {
		add_menu_page(
			__( 'Participation des usagers', 'msp-widgets' ),
			__( 'Participation des usagers', 'msp-widgets' ),
			MSP_WIDGETS_CAPABILITY,
			self::SLUG,
			array( __CLASS__, 'results_page' ),
			'dashicons-groups',
			26
		);
		add_submenu_page( self::SLUG, __( 'Résultats', 'msp-widgets' ), __( 'Résultats', 'msp-widgets' ), MSP_WIDGETS_CAPABILITY, self::SLUG, array( __CLASS__, 'results_page' ) );
		add_submenu_page( self::SLUG, __( 'Auto-évaluation de l’équipe', 'msp-widgets' ), __( 'Auto-évaluation', 'msp-widgets' ), MSP_WIDGETS_CAPABILITY, self::SLUG . '-continuum', array( __CLASS__, 'continuum_page' ) );
		add_submenu_page( self::SLUG, __( 'Réglages — participation des usagers', 'msp-widgets' ), __( 'Réglages', 'msp-widgets' ), 'manage_options', self::SLUG . '-settings', array( __CLASS__, 'settings_page' ) );
	}

	/** The results view, on the site's own routes, authenticated by WordPress (cookie + nonce). */
	public static function results_page() {
		if ( ! current_user_can( MSP_WIDGETS_CAPABILITY ) ) {
			wp_die( esc_html__( 'Vous n’avez pas l’autorisation de lire les résultats.', 'msp-widgets' ), 403 );
		}
		wp_enqueue_script( 'msp-widgets-results' );
		$external = (string) MSP_Widgets_Settings::get( 'external_endpoint' );
		echo '<div class="wrap"><h1>' . esc_html__( 'Participation des usagers', 'msp-widgets' ) . '</h1>';
		if ( '' !== $external ) {
			echo '<div class="notice notice-info"><p>' . esc_html__( 'Les widgets de ce site envoient à un point de collecte externe (réglages). Cette page montre ce que le site a reçu lui-même.', 'msp-widgets' ) . '</p></div>';
		}
		echo '<p>' . esc_html__( 'Ce que les usagers ont envoyé par les widgets de ce site : idées, questionnaires, inscriptions. Répondez aux idées ici : les réponses publiées apparaissent dans la boîte à idées du site.', 'msp-widgets' ) . '</p>';
		echo MSP_Widgets_Render::element( // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- element() escapes every attribute.
			'msp-results',
			array(
				'source'           => untrailingslashit( rest_url( MSP_Widgets_Rest::NS ) ),
				'rest-nonce'       => wp_create_nonce( 'wp_rest' ),
				'structure-name'   => MSP_Widgets_Settings::structure_name(),
				'retention-months' => (string) MSP_Widgets_Settings::get( 'contacts_months' ),
				'lang'             => MSP_Widgets_Settings::default_lang(),
			)
		);
		echo '</div>';
	}

	/** The team's self-check, kept in this browser and, when sent, on the site. */
	public static function continuum_page() {
		if ( ! current_user_can( MSP_WIDGETS_CAPABILITY ) ) {
			wp_die( esc_html__( 'Vous n’avez pas l’autorisation de lire les résultats.', 'msp-widgets' ), 403 );
		}
		echo '<div class="wrap"><h1>' . esc_html__( 'Auto-évaluation de l’équipe', 'msp-widgets' ) . '</h1>';
		echo MSP_Widgets_Render::render( 'continuum-check', array( 'send' => true, 'recipientName' => __( 'la page « Participation des usagers » de ce site', 'msp-widgets' ) ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- render() escapes.
		echo '</div>';
	}

	public static function settings() {
		register_setting(
			'msp_widgets',
			MSP_Widgets_Settings::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( 'MSP_Widgets_Settings', 'sanitize' ),
				'default'           => MSP_Widgets_Settings::defaults(),
			)
		);
	}

	public static function settings_page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			wp_die( esc_html__( 'Vous n’avez pas l’autorisation de modifier ces réglages.', 'msp-widgets' ), 403 );
		}
		$s    = MSP_Widgets_Settings::all();
		$name = MSP_Widgets_Settings::OPTION;
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Réglages — participation des usagers', 'msp-widgets' ); ?></h1>
			<?php settings_errors( MSP_Widgets_Settings::OPTION ); ?>

			<div class="notice notice-warning inline" id="msp-hds-warning">
				<h2><?php esc_html_e( 'Données de santé : à lire avant d’ouvrir les inscriptions', 'msp-widgets' ); ?></h2>
				<p><?php esc_html_e( 'S’inscrire à un atelier d’éducation thérapeutique (diabète, asthme…) dit quelque chose de la santé de la personne. En France, des données de santé confiées par un tiers doivent être gardées chez un hébergeur certifié « HDS » (hébergeur de données de santé).', 'msp-widgets' ); ?></p>
				<p><?php esc_html_e( 'Ce site WordPress garde les inscriptions dans sa propre base de données, chez votre hébergeur. Si cet hébergeur n’est pas certifié HDS, n’utilisez pas ce site pour les inscriptions aux ateliers liés à une maladie : utilisez le point de collecte de votre fédération (réglage ci-dessous), ou les inscriptions par téléphone à l’accueil.', 'msp-widgets' ); ?></p>
				<p><?php esc_html_e( 'La boîte à idées et le questionnaire sont anonymes : ils ne demandent ni nom ni contact (sauf si vous activez la participation, avec l’accord de la personne).', 'msp-widgets' ); ?></p>
			</div>

			<form method="post" action="options.php">
				<?php settings_fields( 'msp_widgets' ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="msp-structure-name"><?php esc_html_e( 'Nom de la structure', 'msp-widgets' ); ?></label></th>
						<td><input type="text" class="regular-text" id="msp-structure-name" name="<?php echo esc_attr( $name ); ?>[structure_name]" value="<?php echo esc_attr( $s['structure_name'] ); ?>" placeholder="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>" aria-describedby="msp-structure-name-hint">
						<p class="description" id="msp-structure-name-hint"><?php esc_html_e( 'Repris dans les textes des widgets. Vide : le nom du site.', 'msp-widgets' ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><label for="msp-external-endpoint"><?php esc_html_e( 'Point de collecte externe (facultatif)', 'msp-widgets' ); ?></label></th>
						<td><input type="url" class="regular-text code" id="msp-external-endpoint" name="<?php echo esc_attr( $name ); ?>[external_endpoint]" value="<?php echo esc_attr( $s['external_endpoint'] ); ?>" placeholder="https://collecte.federation.example/s/votre-msp/submissions" aria-describedby="msp-external-endpoint-hint">
						<p class="description" id="msp-external-endpoint-hint"><?php echo esc_html( sprintf( /* translators: %s: the site's REST address */ __( 'Vide : les widgets envoient à ce site (%s). Rempli : ils envoient au collecteur de votre fédération, qui garde alors les données.', 'msp-widgets' ), rest_url( 'msp/v1/submissions' ) ) ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><label for="msp-contacts-months"><?php esc_html_e( 'Durée de conservation des coordonnées', 'msp-widgets' ); ?></label></th>
						<td><input type="number" min="1" max="120" class="small-text" id="msp-contacts-months" name="<?php echo esc_attr( $name ); ?>[contacts_months]" value="<?php echo esc_attr( $s['contacts_months'] ); ?>" aria-describedby="msp-contacts-months-hint"> <?php esc_html_e( 'mois', 'msp-widgets' ); ?>
						<p class="description" id="msp-contacts-months-hint"><?php esc_html_e( 'Inscriptions (nom, téléphone, e-mail) : effacées ce nombre de mois après l’événement. Contacts laissés avec une idée : après l’envoi.', 'msp-widgets' ); ?></p></td>
					</tr>
					<tr>
						<th scope="row"><label for="msp-submissions-months"><?php esc_html_e( 'Durée de conservation du reste', 'msp-widgets' ); ?></label></th>
						<td><input type="number" min="1" max="240" class="small-text" id="msp-submissions-months" name="<?php echo esc_attr( $name ); ?>[submissions_months]" value="<?php echo esc_attr( $s['submissions_months'] ); ?>"> <?php esc_html_e( 'mois', 'msp-widgets' ); ?></td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Qui peut lire les résultats', 'msp-widgets' ); ?></th>
						<td><fieldset><legend class="screen-reader-text"><?php esc_html_e( 'Qui peut lire les résultats', 'msp-widgets' ); ?></legend>
						<input type="hidden" name="<?php echo esc_attr( $name ); ?>[roles_shown]" value="1">
						<?php foreach ( wp_roles()->role_objects as $role_name => $role ) : ?>
							<label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[roles][]" value="<?php echo esc_attr( $role_name ); ?>" <?php checked( $role->has_cap( MSP_WIDGETS_CAPABILITY ) ); ?> <?php disabled( 'administrator' === $role_name ); ?>> <?php echo esc_html( translate_user_role( wp_roles()->role_names[ $role_name ] ) ); ?></label><br>
						<?php endforeach; ?>
						<p class="description"><?php esc_html_e( 'Les inscriptions contiennent des coordonnées : ne cochez que les rôles des personnes de l’équipe (la coordinatrice, par exemple).', 'msp-widgets' ); ?></p></fieldset></td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Désinstallation', 'msp-widgets' ); ?></th>
						<td><label><input type="checkbox" name="<?php echo esc_attr( $name ); ?>[drop_on_uninstall]" value="1" <?php checked( $s['drop_on_uninstall'] ); ?>> <?php esc_html_e( 'Effacer toutes les données reçues (idées, réponses, inscriptions) quand l’extension est supprimée', 'msp-widgets' ); ?></label>
						<p class="description"><?php esc_html_e( 'Non coché : les données restent dans la base, et reviennent si l’extension est réinstallée.', 'msp-widgets' ); ?></p></td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}
