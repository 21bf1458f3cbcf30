/**
 * Launch catalog: {@link space.cosmodrome.launch.LaunchSite} with its
 * {@link space.cosmodrome.launch.AzimuthCorridor range-safety corridors},
 * {@link space.cosmodrome.launch.LaunchVehicle} with its {@link space.cosmodrome.launch.Stage stages} and
 * {@link space.cosmodrome.launch.PublishedPayload published payloads}, looked up in a
 * {@link space.cosmodrome.launch.LaunchCatalog}. The bundled data files live in the io module.
 */
package space.cosmodrome.launch;
