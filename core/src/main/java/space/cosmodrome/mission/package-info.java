/**
 * The main job: {@link space.cosmodrome.mission.MissionPlanner#plan} takes a
 * {@link space.cosmodrome.mission.Mission} (satellite, launch or orbit, propagation, stations, targets, analysis
 * span), flies the launch if there is one, propagates once, and runs the contact, eclipse and access analyses
 * and the power and data budgets into a {@link space.cosmodrome.mission.MissionPlan}.
 */
package space.cosmodrome.mission;
