<?php
use PHPUnit\Framework\TestCase;

/** The validator's own rules; the verdicts on envelopes are compared with zod in contract-parity.test.ts. */
final class ValidatorTest extends TestCase {

	private static function validator() {
		return MSP_Widgets_Validator::from_file( getenv( 'MSP_ENVELOPE_SCHEMA' ) );
	}

	private static function idea( array $changes = array() ) {
		return json_decode(
			json_encode(
				array_merge(
					array(
						'id'            => '3f2b8c1e-1d2a-4c3b-9a8b-000000000001',
						'kind'          => 'idea',
						'schemaVersion' => 1,
						'createdAt'     => '2026-11-28',
						'locale'        => 'fr',
						'payload'       => array(
							'theme'      => 'accueil',
							'themeLabel' => 'Accueil',
							'text'       => 'Un écran',
						),
					),
					$changes
				)
			)
		);
	}

	public function test_a_valid_idea_passes_and_unknown_envelope_keys_are_dropped() {
		$value         = self::idea();
		$value->extra  = 'x';
		$result        = self::validator()->validate( $value );
		$this->assertTrue( $result['ok'] );
		$this->assertFalse( property_exists( $result['envelope'], 'extra' ) );
	}

	public function test_every_call_for_candidates_kind_is_a_signup_without_motivation() {
		$kinds = array( 'appel-candidatures-comite', 'appel-candidatures-patient-partenaire', 'appel-candidatures-co-animation-etp', 'appel-candidatures-groupe-de-travail' );
		foreach ( $kinds as $kind ) {
			$value = self::idea(
				array(
					'kind'    => 'event-signup',
					'payload' => array(
						'eventId'    => 'appel-2027',
						'eventTitle' => 'Appel à candidatures',
						'eventKind'  => $kind,
						'eventStart' => '2027-02-02T18:00:00+01:00',
						'eventEnd'   => '2027-02-02T19:30:00+01:00',
						'name'       => 'Camille',
						'contact'    => array( 'channel' => 'phone', 'value' => '06 12 34 56 78' ),
						'seats'      => 1,
					),
				)
			);
			$result = self::validator()->validate( $value );
			$this->assertTrue( $result['ok'], $kind . ': ' . json_encode( $result['problems'] ?? null ) );
		}
		$value                     = self::idea( array( 'kind' => 'event-signup' ) );
		$value->payload            = json_decode( json_encode( array( 'eventId' => 'a', 'eventTitle' => 'A', 'eventKind' => 'appel-candidatures-benevolat', 'eventStart' => '2027-02-02T18:00:00+01:00', 'eventEnd' => '2027-02-02T19:30:00+01:00', 'name' => 'C', 'contact' => array( 'channel' => 'phone', 'value' => '0612345678' ), 'seats' => 1 ) ) );
		$this->assertContains( 'payload.eventKind', array_column( self::validator()->validate( $value )['problems'], 'path' ) );
	}

	public function test_problems_carry_the_path_the_collector_writes() {
		$value                   = self::idea();
		$value->payload->text    = '';
		$value->payload->surplus = 1;
		$result                  = self::validator()->validate( $value );
		$this->assertFalse( $result['ok'] );
		$paths = array_column( $result['problems'], 'path' );
		$this->assertContains( 'payload.text', $paths );
		$this->assertContains( 'payload', $paths );
	}

	public function test_an_empty_json_object_is_an_object_and_a_list_is_not() {
		$value          = self::idea();
		$value->payload = array();
		$this->assertSame( 'payload', self::validator()->validate( $value )['problems'][0]['path'] );
	}

	public function test_dollar_is_the_end_of_the_string_as_in_javascript() {
		$this->assertFalse( self::validator()->validate( self::idea( array( 'id' => "3f2b8c1e-1d2a-4c3b-9a8b-000000000001\n" ) ) )['ok'] );
		$this->assertFalse( MSP_Widgets_Validator::is_iso_date_or_instant( "2026-11-28\n" ) );
	}

	public function test_dates_that_exist() {
		$this->assertTrue( MSP_Widgets_Validator::is_real_date( '2028-02-29' ) );
		$this->assertFalse( MSP_Widgets_Validator::is_real_date( '2026-02-29' ) );
		$this->assertFalse( MSP_Widgets_Validator::is_real_date( '2026-11-28T24:00Z' ) );
		$this->assertTrue( MSP_Widgets_Validator::is_real_date( '2026-11-28T23:59:59.999Z' ) );
	}

	public function test_contacts_as_the_widget_accepts_them() {
		$this->assertTrue( MSP_Widgets_Validator::is_contact_value( 'phone', ' 06 12 34 56 78 ' ) );
		$this->assertTrue( MSP_Widgets_Validator::is_contact_value( 'phone', '+33 6 12 34 56 78' ) );
		$this->assertFalse( MSP_Widgets_Validator::is_contact_value( 'phone', '12345' ) );
		$this->assertTrue( MSP_Widgets_Validator::is_contact_value( 'email', 'Camille@Example.fr' ) );
		$this->assertFalse( MSP_Widgets_Validator::is_contact_value( 'email', 'camille@example' ) );
		$this->assertFalse( MSP_Widgets_Validator::is_contact_value( 'email', "camille\u{2003}x@example.fr" ) );
	}

	public function test_lengths_in_code_points_and_in_utf16_units() {
		$this->assertSame( 2, MSP_Widgets_Validator::code_points( '🙂é' ) );
		$this->assertSame( 3, MSP_Widgets_Validator::js_length( '🙂é' ) );
	}

	public function test_a_schema_keyword_it_does_not_know_is_refused_at_load() {
		$this->expectException( InvalidArgumentException::class );
		new MSP_Widgets_Validator( array( 'type' => 'object', 'properties' => array( 'a' => array( 'format' => 'email' ) ) ) );
	}
}
